package vn.tochuc.danhgia.it.frameworks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tochuc.danhgia.it.frameworks.Frameworks.YEAR;
import static vn.tochuc.danhgia.it.frameworks.Frameworks.id;
import static vn.tochuc.danhgia.it.frameworks.Frameworks.ok;
import static vn.tochuc.danhgia.it.frameworks.Frameworks.target;
import static vn.tochuc.danhgia.it.frameworks.Frameworks.version;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.testkit.SamplePlugins;
import vn.tochuc.danhgia.it.support.Api;
import vn.tochuc.danhgia.it.support.Deployments;
import vn.tochuc.danhgia.it.support.Pdfs;
import vn.tochuc.danhgia.it.support.Reply;
import vn.tochuc.danhgia.it.support.ServerTest;

/**
 * {@code /api/v1/frameworks} end to end on the real server with the demo plugins: a unit concretizes its framework,
 * the Board returns and approves it, and the approved framework stays byte for byte the same after the plugin is
 * upgraded. Each test uses its own unit, subject or person, since a unit has one framework per subject and year.
 */
@ServerTest
class FrameworksApiIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    @Test
    void stcsChiefFrameworkIsReturnedFixedApprovedAndUnchangedByAPluginUpgrade() throws Exception {
        JsonObject chiefRow = api.get("api/v1/frameworks?year=" + YEAR, "stc").array().getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getString("subjectType").equals("CHIEF")).findFirst().orElseThrow();
        assertEquals("NOT_STARTED", chiefRow.getString("state"));
        assertEquals("so-tai-chinh", chiefRow.getString("pluginId"));

        JsonObject started = Frameworks.started(api, "stc", "CHIEF", null);
        long id = id(started);
        assertEquals("DRAFT", started.getString("state"));
        assertEquals("1.0.0", started.getString("pluginVersion"));
        JsonObject saved = ok(Frameworks.save(api, "stc", id, version(started), Frameworks.stcChiefTargets(105)), 200);
        JsonObject check = saved.getJsonObject("check");
        assertTrue(check.getBoolean("ok"), saved.toString());
        assertTrue(check.getBoolean("agencyCheckRan"));
        assertEquals(70, check.getJsonObject("totals").getJsonNumber("points").intValue());
        assertEquals(4, saved.getJsonObject("targets").getJsonArray("2").size());

        JsonObject submitted = ok(Frameworks.submit(api, "stc", id), 200);
        assertEquals("SUBMITTED", submitted.getString("state"));
        assertEquals(409, Frameworks.save(api, "stc", id, version(submitted), Frameworks.stcChiefTargets(105))
                .status(), "no change while the Board reviews it");
        JsonObject seenByBoard = ok(api.get("api/v1/frameworks/" + id, "board"), 200);
        assertFalse(seenByBoard.getBoolean("workingCopy"));
        assertEquals(4, seenByBoard.getJsonObject("targets").getJsonArray("2").size());

        JsonObject returned = ok(Frameworks.review(api, id, "RETURN", "[{\"criterionCode\":\"2\",\"targetIndex\":1,"
                + "\"text\":\"Chỉ tiêu thu ngân sách cần phấn đấu vượt 110% dự toán\"}]"), 200);
        assertEquals("RETURNED", returned.getString("state"));

        JsonObject atUnit = ok(api.get("api/v1/frameworks/" + id, "stc"), 200);
        assertEquals("RETURNED", atUnit.getString("state"));
        JsonObject remark = atUnit.getJsonArray("history").getJsonObject(0).getJsonArray("remarks").getJsonObject(0);
        assertEquals(1, remark.getInt("targetIndex"));
        assertEquals("Chỉ tiêu thu ngân sách cần phấn đấu vượt 110% dự toán", remark.getString("text"));
        assertTrue(remark.getString("targetTitle").startsWith("Chỉ đạo thu ngân sách"));
        JsonObject fixed = ok(Frameworks.save(api, "stc", id, version(atUnit), Frameworks.stcChiefTargets(110)), 200);
        assertEquals("RETURNED", fixed.getString("state"), "returned until submitted again");
        assertEquals(2, ok(Frameworks.submit(api, "stc", id), 200).getInt("rounds"));

        JsonObject approved = ok(Frameworks.review(api, id, "APPROVE", "[]"), 200);
        assertEquals("APPROVED", approved.getString("state"));
        assertEquals(2, approved.getJsonArray("history").size(), "every round is kept");
        assertEquals("RETURN", approved.getJsonArray("history").getJsonObject(0).getString("decision"));
        assertEquals("APPROVE", approved.getJsonArray("history").getJsonObject(1).getString("decision"));
        Reply frozen = api.get("api/v1/frameworks/" + id + "/approved.json", "board");
        assertEquals(200, frozen.status(), frozen.body());
        assertEquals("\"" + sha256(frozen.bytes()) + "\"", frozen.header("ETag"));
        assertTrue(frozen.body().contains("đạt 110% dự toán"), frozen.body());
        assertTrue(frozen.body().contains("\"pluginVersion\":\"1.0.0\""), frozen.body());
        assertEquals(409, Frameworks.save(api, "stc", id, version(approved), Frameworks.stcChiefTargets(120))
                .status(), "an approved framework is frozen");

        Reply upgrade = Frameworks.uploadPlugin(api, SamplePlugins.valid("so-tai-chinh", "2.0.0", "STC"));
        try {
            assertEquals(201, upgrade.status(), upgrade.body());
            assertTrue(api.get("api/v1/units/STC/frameworks?year=" + YEAR, "stc").json().getJsonArray("frameworks")
                    .getJsonObject(1).getString("title").contains("(2.0.0)"), "new work gets the new version");

            assertArrayEquals(frozen.bytes(), api.get("api/v1/frameworks/" + id + "/approved.json", "board").bytes());
            JsonObject after = ok(api.get("api/v1/frameworks/" + id, "stc"), 200);
            assertEquals("1.0.0", after.getString("pluginVersion"));
            assertEquals(started.getString("snapshotSha256"), after.getString("snapshotSha256"));
            assertEquals("Khung tiêu chí đánh giá Giám đốc Sở Tài chính (cấp trưởng)",
                    after.getJsonObject("framework").getString("title"));
            assertEquals("APPROVED", after.getString("state"));
        } finally {
            // back to the demo's plugin as it was, for the other tests of the run
            assertEquals(200, api.post("api/v1/plugins/so-tai-chinh/rollback", "it", "").status());
            assertEquals(200, api.delete("api/v1/plugins/so-tai-chinh/versions/2.0.0", "it").status());
        }
    }

    @Test
    void pointsThatDoNotAddUpCannotBeSubmittedAndThePluginsRuleSaysWhy() {
        JsonObject started = Frameworks.started(api, "stc", "COLLECTIVE", null);
        String sixty = "{\"2\":[" + String.join(",",
                target("Giải ngân vốn đầu tư công", "Tỷ lệ giải ngân", "96", "%", "Báo cáo của Kho bạc",
                        YEAR + "-12-31", "30"),
                target("Thu ngân sách nhà nước", "Tỷ lệ so với dự toán", "102", "%", "Báo cáo thu ngân sách",
                        YEAR + "-12-31", "20"),
                target("Quyết toán dự án hoàn thành", "Số dự án được thẩm định", "40", "dự án", "Quyết định phê duyệt",
                        YEAR + "-12-20", "10")) + "]}";

        JsonObject saved = ok(Frameworks.save(api, "stc", id(started), version(started), sixty), 200);
        String expected = "Tổng điểm các chỉ tiêu của tiêu chí 2 là 60; phải bằng 70 điểm.";
        assertFalse(saved.getJsonObject("check").getBoolean("ok"));
        assertTrue(saved.getJsonObject("check").toString().contains(expected), "the unit sees it on saving");

        Reply refused = Frameworks.submit(api, "stc", id(started));

        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        JsonObject error = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("field").equals("targets[2]")).findFirst().orElseThrow(() ->
                        new AssertionError(refused.body()));
        assertEquals(expected, error.getString("message"));
        assertEquals("TARGET_POINTS_DO_NOT_ADD_UP", error.getString("code"), "the rule is named, not only the field");
        assertTrue(refused.json().getString("detail").startsWith(
                "Chưa nộp được: kiểm tra khung tiêu chí (Tập thể lãnh đạo, quản lý) còn "), refused.body());
        assertTrue(refused.json().getString("detail").contains("targets[2] (TARGET_POINTS_DO_NOT_ADD_UP): "),
                refused.body());
        Reply english = api.send(api.request("api/v1/frameworks/" + id(started) + "/submit", "stc")
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertTrue(english.json().getString("detail").matches(
                "Not submitted: the check of the framework \\(Leadership collective\\) found (1 error|([2-9]|\\d{2,}) errors) to fix\\..*"),
                english.body());
        assertEquals("DRAFT", ok(api.get("api/v1/frameworks/" + id(started), "stc"), 200).getString("state"));
    }

    @Test
    void aUnitCannotReadOrChangeAnotherUnitsFrameworkAndTheBoardNeverSeesADraft() {
        JsonObject draft = Frameworks.started(api, "sgddt", "COLLECTIVE", null);
        long id = id(draft);
        String targets = "{\"2\":[" + target("Tỷ lệ học sinh tốt nghiệp THPT", "Tỷ lệ tốt nghiệp", "98", "%",
                "Báo cáo kết quả thi", YEAR + "-08-31", "70") + "]}";
        assertEquals(200, Frameworks.save(api, "sgddt", id, version(draft), targets).status());

        assertForbidden(api.get("api/v1/frameworks/" + id, "stc"));
        assertForbidden(Frameworks.save(api, "stc", id, version(draft), targets));
        assertForbidden(Frameworks.submit(api, "stc", id));
        assertForbidden(api.get("api/v1/frameworks?year=" + YEAR + "&unit=SGDDT", "stc"));
        assertForbidden(api.get("api/v1/framework-people?year=" + YEAR + "&unit=SGDDT", "stc"));
        assertForbidden(api.get("api/v1/frameworks/" + id + "/export.docx", "stc"));
        assertForbidden(api.post("api/v1/frameworks/" + id + "/review", "sgddt", "{\"decision\":\"APPROVE\"}"));
        JsonObject boardView = ok(api.get("api/v1/frameworks/" + id, "board"), 200);
        assertFalse(boardView.getBoolean("workingCopy"));
        assertEquals(0, boardView.getJsonObject("targets").size(), "a unit's draft is its own until submitted");
        assertEquals(409, Frameworks.review(api, id, "APPROVE", "[]").status(), "nothing submitted to decide on");
    }

    @Test
    void anApprovedFrameworkIsExportedAsPdfToItsUnitAndTheBoardOnly() {
        long deputy = Frameworks.addDeputy(api, "stc", "Lê Thị Hồng Nhung", "Quản lý giá và công sản");
        JsonObject started = Frameworks.started(api, "stc", "DEPUTY", deputy);
        long id = id(started);
        String targets = "{\"2.a\":[" + String.join(",",
                target("Thẩm định phân bổ dự toán cho các đơn vị dự toán cấp tỉnh", "Tỷ lệ đơn vị được thẩm định",
                        "100", "%", "Văn bản thẩm định phân bổ dự toán", YEAR + "-03-31", "30"),
                target("Thẩm định quyết toán ngân sách các huyện", "Số huyện được thẩm định", "13", "huyện",
                        "Thông báo thẩm định quyết toán", YEAR + "-10-31", "20")) + "]}";
        ok(Frameworks.save(api, "stc", id, version(started), targets), 200);
        assertEquals(409, api.get("api/v1/frameworks/" + id + "/export.pdf", "stc").status(), "not approved yet");
        ok(Frameworks.submit(api, "stc", id), 200);
        ok(Frameworks.review(api, id, "APPROVE", "[]"), 200);

        assertEquals(403, api.get("api/v1/frameworks/" + id + "/export.pdf", "sgddt").status());
        assertEquals(403, api.get("api/v1/frameworks/" + id + "/export.pdf", "admin").status());
        String asUnit = Pdfs.text(api.get("api/v1/frameworks/" + id + "/export.pdf", "stc"));
        assertTrue(asUnit.contains("KHUNG TIÊU CHÍ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN GIỮ CHỨC VỤ CẤP PHÓ"), asUnit);
        assertTrue(asUnit.contains("SỞ TÀI CHÍNH – NĂM " + YEAR), asUnit);
        assertTrue(asUnit.contains("Lê Thị Hồng Nhung"), asUnit);
        assertTrue(asUnit.contains("Thẩm định quyết toán ngân sách các huyện"), asUnit);
        String asBoard = Pdfs.text(api.get("api/v1/frameworks/" + id + "/export.pdf", "board"));
        assertTrue(asBoard.contains("Lê Thị Hồng Nhung"), asBoard);
    }

    @Test
    void anApprovedDeputyFrameworkIsFrozenAndExportedAsTheAnnexAndInTheWorkbook() throws Exception {
        long deputy = Frameworks.addDeputy(api, "stc", "Trần Văn Bình", "Quản lý ngân sách nhà nước");
        JsonObject started = Frameworks.started(api, "stc", "DEPUTY", deputy);
        long id = id(started);
        assertEquals("Quản lý ngân sách nhà nước", started.getJsonObject("person").getString("field"));
        String targets = "{\"2.a\":[" + String.join(",",
                target("Thẩm định phân bổ dự toán cho các đơn vị dự toán cấp tỉnh", "Tỷ lệ đơn vị được thẩm định",
                        "100", "%", "Văn bản thẩm định phân bổ dự toán", YEAR + "-03-31", "30"),
                target("Thẩm định quyết toán ngân sách các huyện", "Số huyện được thẩm định", "13", "huyện",
                        "Thông báo thẩm định quyết toán", YEAR + "-10-31", "20")) + "]}";
        ok(Frameworks.save(api, "stc", id, version(started), targets), 200);
        ok(Frameworks.submit(api, "stc", id), 200);
        JsonObject approved = ok(Frameworks.review(api, id, "APPROVE", "[]"), 200);

        assertEquals(409, Frameworks.save(api, "stc", id, version(approved), targets).status());
        assertEquals(409, Frameworks.submit(api, "stc", id).status());
        assertEquals(409, Frameworks.review(api, id, "RETURN", "[{\"criterionCode\":\"2.a\",\"targetIndex\":0,"
                + "\"text\":\"Sửa\"}]").status());
        assertEquals(409, api.delete("api/v1/framework-people/" + deputy, "stc").status(), "the person is locked");

        Reply docx = api.get("api/v1/frameworks/" + id + "/export.docx", "stc");
        assertEquals(200, docx.status(), docx.body());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
            List<String> lines = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertEquals("KHUNG TIÊU CHÍ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN GIỮ CHỨC VỤ CẤP PHÓ", lines.get(1));
            assertEquals("SỞ TÀI CHÍNH – NĂM " + YEAR, lines.get(2));
            assertTrue(lines.contains("Họ và tên: Trần Văn Bình – Chức vụ: Phó Giám đốc Sở"), lines.toString());
            XWPFTable table = doc.getTables().get(0);
            assertEquals("Chỉ tiêu cụ thể hóa", table.getRow(0).getCell(3).getText());
            String all = table.getRows().stream().map(r -> r.getCell(3).getText()).reduce("", String::concat);
            assertTrue(all.contains("1. Thẩm định phân bổ dự toán cho các đơn vị dự toán cấp tỉnh"), all);
            assertTrue(all.contains("chỉ tiêu: 13 huyện"), all);
        }

        Reply xlsx = api.get("api/v1/frameworks/export.xlsx?year=" + YEAR, "board");
        assertEquals(200, xlsx.status(), xlsx.body());
        assertEquals(403, api.get("api/v1/frameworks/export.xlsx?year=" + YEAR, "stc").status());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            List<Row> mine = new java.util.ArrayList<>();
            sheet.forEach(r -> {
                if ("Trần Văn Bình".equals(text.formatCellValue(r.getCell(4)))) {
                    mine.add(r);
                }
            });
            assertEquals(2, mine.size(), "one row per target");
            assertEquals("Đã phê duyệt", text.formatCellValue(mine.get(0).getCell(7)));
            assertEquals("30", text.formatCellValue(mine.get(0).getCell(19)));
            assertTrue(sheet.getLastRowNum() >= 150, "every active unit's subjects: " + sheet.getLastRowNum());
        }
    }

    @Test
    void aUnitListsOneChiefAndItsDeputiesWithTheirFields() {
        Reply chief = api.post("api/v1/framework-people", "sgddt", "{\"year\":" + YEAR + ",\"role\":\"CHIEF\","
                + "\"fullName\":\"Nguyễn Thị Hoa\",\"title\":\"Giám đốc Sở\"}");
        assertEquals(201, chief.status(), chief.body());
        assertEquals(409, api.post("api/v1/framework-people", "sgddt", "{\"year\":" + YEAR + ",\"role\":\"CHIEF\","
                + "\"fullName\":\"Lê Văn Khánh\"}").status(), "one chief per unit and year");
        Reply noField = api.post("api/v1/framework-people", "sgddt", "{\"year\":" + YEAR + ",\"role\":\"DEPUTY\","
                + "\"fullName\":\"Phạm Minh Tuấn\"}");
        assertEquals(400, noField.status());
        assertTrue(noField.body().contains("\"field\":\"field\""), noField.body());
        long deputy = Frameworks.addDeputy(api, "sgddt", "Phạm Minh Tuấn", "Giáo dục phổ thông");
        Reply stale = api.put("api/v1/framework-people/" + deputy, "sgddt", "{\"fullName\":\"Phạm Minh Tuấn\","
                + "\"field\":\"Giáo dục mầm non\",\"version\":99}");
        assertEquals(409, stale.status());

        List<JsonObject> people = api.get("api/v1/framework-people?year=" + YEAR, "sgddt").array()
                .getValuesAs(JsonObject.class);
        assertEquals("CHIEF", people.get(0).getString("role"));
        assertTrue(people.stream().anyMatch(p -> p.getString("field").equals("Giáo dục phổ thông")));
        long deputyRows = api.get("api/v1/frameworks?year=" + YEAR, "sgddt").array().getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getString("subjectType").equals("DEPUTY")
                        && "Phạm Minh Tuấn".equals(r.getString("personName"))).count();
        assertEquals(1, deputyRows, "a deputy's framework is per person");
        assertEquals(200, api.get("api/v1/framework-people?year=" + YEAR + "&unit=SGDDT", "board").status());
    }

    @Test
    void withItsPluginDisabledAUnitSubmitsOnTheGenericCheckAndTheBoardIsWarned() {
        assertEquals(201, Frameworks.uploadPlugin(api, SamplePlugins.valid("it-fw-sample", "1.0.0", "STNMT")).status());
        assertEquals(201, api.post("api/v1/framework-assignments", "admin", "{\"year\":" + YEAR
                + ",\"pluginId\":\"it-fw-sample\",\"unitCodes\":[\"STNMT\"],\"groupCodes\":[]}").status());
        JsonObject started = Frameworks.started(api, "stnmt", "CHIEF", null);
        String targets = "{\"2\":[" + String.join(",",
                target("Tỷ lệ trạm y tế có bác sĩ", "Tỷ lệ trạm", "95", "%", "Báo cáo nhân lực", YEAR + "-11-30",
                        "23.3"),
                target("Tiêm chủng mở rộng", "Tỷ lệ trẻ được tiêm đủ", "98", "%", "Báo cáo tiêm chủng", YEAR + "-11-30",
                        "23.3"),
                target("Bệnh viện đạt chuẩn", "Số bệnh viện", "3", "bệnh viện", "Quyết định công nhận",
                        YEAR + "-11-30", "23.4")) + "]}";
        JsonObject saved = ok(Frameworks.save(api, "stnmt", id(started), version(started), targets), 200);
        assertTrue(saved.getJsonObject("check").getBoolean("agencyCheckRan"));
        assertEquals(200, api.post("api/v1/plugins/it-fw-sample/disable", "it", "").status());

        JsonObject submitted = ok(Frameworks.submit(api, "stnmt", id(started)), 200);

        assertEquals("SUBMITTED", submitted.getString("state"));
        JsonObject round = ok(api.get("api/v1/frameworks/" + id(started), "board"), 200).getJsonArray("history")
                .getJsonObject(0);
        assertFalse(round.getBoolean("agencyCheckRan"), "the Board sees that the plugin's own check did not run");
        Reply notStarted = Frameworks.start(api, "stnmt", "COLLECTIVE", null);
        assertEquals(409, notStarted.status(), notStarted.body());
        assertTrue(notStarted.json().getString("detail").contains(
                "Plugin bộ tiêu chí it-fw-sample được phân công cho đơn vị STNMT năm " + YEAR
                        + " đang tạm dừng hoặc bị lỗi"), "says the plugin is unavailable, not that none is assigned: "
                        + notStarted.body());
    }

    @Test
    void aConsultationCarriesTheConcretizationTaskForItsRecipients() {
        long consultation = Frameworks.consultationWithTask(api, "[\"THAM_MUU_TU\"]");
        Frameworks.started(api, "bdvtu", "COLLECTIVE", null);

        List<JsonObject> mine = api.get("api/v1/framework-tasks?year=" + YEAR, "bdvtu").array()
                .getValuesAs(JsonObject.class);
        assertTrue(mine.stream().anyMatch(t -> t.getJsonNumber("consultationId").longValue() == consultation),
                mine.toString());
        assertEquals(403, api.get("api/v1/framework-tasks/" + consultation, "stc").status(), "not a recipient");
        List<JsonObject> progress = api.get("api/v1/framework-tasks/" + consultation + "/progress", "board").array()
                .getValuesAs(JsonObject.class);
        int recipients = api.get("api/v1/consultations/" + consultation, "board").json().getInt("recipients");
        assertEquals(recipients, progress.size(), "one row per recipient: " + progress);
        JsonObject bdvtu = progress.stream().filter(p -> p.getString("unitCode").equals("BDVTU")).findFirst()
                .orElseThrow();
        assertEquals("DRAFT", bdvtu.getString("state"));
        assertTrue(bdvtu.getBoolean("available"));
        assertEquals(204, api.delete("api/v1/framework-tasks/" + consultation, "board").status());
        assertEquals(404, api.get("api/v1/framework-tasks/" + consultation, "board").status());
    }

    private static void assertForbidden(Reply reply) {
        assertEquals(403, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
