package vn.tochuc.danhgia.it.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tochuc.danhgia.it.consolidation.Consolidations.decision;
import static vn.tochuc.danhgia.it.consolidation.Consolidations.ok;
import static vn.tochuc.danhgia.it.consolidation.Consolidations.put;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.it.consolidation.Consolidations.Closed;
import vn.tochuc.danhgia.it.support.Api;
import vn.tochuc.danhgia.it.support.Deployments;
import vn.tochuc.danhgia.it.support.Pdfs;
import vn.tochuc.danhgia.it.support.Reply;
import vn.tochuc.danhgia.it.support.ServerTest;

/**
 * The consolidation end to end over REST, from the previous issue's scenario (Sở Tài chính's two comments, Sở Giáo
 * dục và Đào tạo agreeing, Sở Y tế silent): decisions all-or-nothing, approval by a second Board member, the report
 * as .docx and .xlsx read back with POI, the revised draft with changes linked to comments, the difference, closing
 * and issuing.
 */
@ServerTest
class ConsolidationApiIT {

    private static final String K1_RESPONSE = "Tiếp thu: nâng nhóm tiêu chí xây dựng Đảng lên 35 điểm.";
    private static final String D6_RESPONSE = "Tiếp thu một phần: bổ sung khoản 6 về tỷ lệ; giữ nguyên các mức.";

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private static GreenMail smtp;

    Api api;

    @BeforeAll
    static void smtp() {
        smtp = Smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    private String path(long id, String rest) {
        return "api/v1/consultations/" + id + rest;
    }

    /** Sở Tài chính's two comments decided by board and approved by board2. */
    private Closed decidedAndApproved() {
        Closed c = Consolidations.scenario(api);
        ok(put(api, c.id(), "board", decision(c.k1(), "ACCEPTED", K1_RESPONSE, null),
                decision(c.d6(), "PARTLY", D6_RESPONSE, null)), 200);
        ok(api.post(path(c.id(), "/dispositions/approve"), "board2", "{}"), 200);
        return c;
    }

    private static String text(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(ConsolidationApiIT::text).toList();
    }

    @Test
    void decisionsAreSavedAllOrNothingThenApprovedByASecondBoardMemberAndAudited() {
        Closed c = Consolidations.scenario(api);
        List<JsonObject> rows = Consolidations.dispositions(api, c.id());
        assertEquals(List.of("D3.K1", "D6"), rows.stream().map(r -> r.getString("path")).toList(), "document order");
        assertEquals("Sở Tài chính", rows.get(0).getString("unitName"));
        assertEquals(Consolidations.K1_TEXT, rows.get(0).getString("text"));
        assertFalse(rows.get(0).containsKey("decision"), "undecided");

        Reply refused = put(api, c.id(), "board", decision(c.k1(), "ACCEPTED", K1_RESPONSE, null),
                decision(c.d6(), "PARTLY", " ", null));
        assertEquals(400, refused.status(), refused.body());
        assertEquals("rows[1].response", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(Consolidations.dispositions(api, c.id()).stream().noneMatch(r -> r.containsKey("decision")),
                "nothing saved");

        Reply saved = put(api, c.id(), "board", decision(c.k1(), "ACCEPTED", K1_RESPONSE, null),
                decision(c.d6(), "PARTLY", D6_RESPONSE, null));
        assertEquals(200, saved.status(), saved.body());
        JsonObject k1 = Consolidations.row(Consolidations.dispositions(api, c.id()), c.k1());
        assertEquals("ACCEPTED", k1.getString("decision"));
        assertEquals("PROPOSED", k1.getString("state"));
        assertEquals("board", k1.getString("proposedBy"));
        assertTrue(k1.containsKey("proposedAt"));

        Reply self = api.post(path(c.id(), "/dispositions/approve"), "board", "{}");
        assertEquals(403, self.status(), self.body());
        assertTrue(self.json().getString("detail").contains("người đề xuất không được tự phê duyệt"), self.body());

        Reply approved = api.post(path(c.id(), "/dispositions/approve"), "board2", "{}");
        assertEquals(200, approved.status(), approved.body());
        assertEquals(2, approved.json().getInt("approved"));
        JsonObject after = Consolidations.row(Consolidations.dispositions(api, c.id()), c.k1());
        assertEquals("APPROVED", after.getString("state"));
        assertEquals("board2", after.getString("approvedBy"));
        JsonObject progress = api.get(path(c.id(), "/consolidation"), "board").json().getJsonObject("progress");
        assertEquals(2, progress.getInt("approved"));
        String audit = api.get("api/v1/audit?entityType=consultation&entityId=" + c.id() + "&size=50", "admin").body();
        assertTrue(audit.contains("PROPOSE_DISPOSITIONS") && audit.contains("APPROVE_DISPOSITIONS"), audit);
    }

    @Test
    void anExplanationWithoutItsReasonIsRefused() {
        Closed c = Consolidations.scenario(api);

        Reply refused = put(api, c.id(), "board", decision(c.d6(), "EXPLAINED", "", null));

        assertEquals(400, refused.status(), refused.body());
        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("rows[0].response", error.getString("field"));
        assertTrue(error.getString("message").contains("Giải trình phải nêu rõ lý do"), refused.body());
        assertEquals(400, put(api, c.id(), "board", decision(987_654_321L, "NOTED", "", null)).status(),
                "an unknown comment");
    }

    @Test
    void theDocxReportHoldsTheCountsAndOneRowPerCommentInArticleOrder() throws IOException {
        Closed c = decidedAndApproved();

        Reply docx = api.get(path(c.id(), "/report.docx"), "board");

        assertEquals(200, docx.status(), docx.body());
        assertTrue(docx.contentType().startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
            assertTrue(text(doc.getTables().get(0).getRow(0).getCell(0)).startsWith("TỈNH ỦY QUẢNG NGÃI\nBAN TỔ CHỨC"));
            assertTrue(text(doc.getTables().get(0).getRow(0).getCell(1)).startsWith("ĐẢNG CỘNG SẢN VIỆT NAM"));
            String body = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertTrue(body.contains("BÁO CÁO\nTổng hợp, tiếp thu, giải trình ý kiến góp ý"), body);
            assertTrue(body.contains("được xin ý kiến: 27."), body);
            assertTrue(body.contains("đã gửi ý kiến: 2 (trong đó gửi muộn: 0)."), body);
            assertTrue(body.contains("thống nhất với dự thảo: 1."), body);
            assertTrue(body.contains("có ý kiến góp ý: 1, với 2 ý kiến."), body);
            assertTrue(body.contains("không có ý kiến phản hồi: 25."), body);
            assertTrue(body.contains(". Sở Y tế"), "Sở Y tế is listed as not answering: " + body);
            assertFalse(body.contains(". Sở Tài chính\n"), "Sở Tài chính answered");
            XWPFTable table = doc.getTables().get(1);
            assertEquals(3, table.getRows().size());
            assertEquals(List.of("1", "Khoản 1 Điều 3", Consolidations.K1_TEXT + "\nĐề nghị sửa thành: 1. Nhóm tiêu chí"
                    + " về xây dựng Đảng và hệ thống chính trị: tối đa 35 điểm\nLý do: Phù hợp thực tế của cơ quan",
                    "Sở Tài chính", "Tiếp thu\n" + K1_RESPONSE), cells(table.getRow(1)));
            assertEquals(List.of("2", "Điều 6", Consolidations.D6_TEXT, "Sở Tài chính",
                    "Tiếp thu một phần\n" + D6_RESPONSE), cells(table.getRow(2)));
        }
    }

    @Test
    void theReportAsPdfIsTheWordReportForTheBoardOnly() {
        Closed c = decidedAndApproved();

        assertEquals(403, api.get(path(c.id(), "/report.pdf"), "stc").status());
        assertEquals(403, api.get(path(c.id(), "/report.pdf"), "admin").status());
        assertEquals(404, api.get(path(999_999, "/report.pdf"), "board").status());
        String text = Pdfs.text(api.get(path(c.id(), "/report.pdf"), "board"));

        assertTrue(text.contains("BAN TỔ CHỨC"), text);
        assertTrue(text.contains("BÁO CÁO Tổng hợp, tiếp thu, giải trình ý kiến góp ý"), text);
        assertTrue(text.contains("không có ý kiến phản hồi: 25."), text);
        assertTrue(text.contains("Sở Tài chính"), text);
        assertTrue(text.contains("Khoản 1 Điều 3"), text);
    }

    @Test
    void theXlsxReportHoldsTheSameRows() throws IOException {
        Closed c = decidedAndApproved();

        Reply xlsx = api.get(path(c.id(), "/report.xlsx"), "board");

        assertEquals(200, xlsx.status(), xlsx.body());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(3);
            assertEquals("Điều, khoản của dự thảo", header.getCell(1).getStringCellValue());
            assertEquals("Ý kiến tiếp thu, giải trình", header.getCell(4).getStringCellValue());
            assertEquals(5, sheet.getLastRowNum());
            assertEquals("Khoản 1 Điều 3", sheet.getRow(4).getCell(1).getStringCellValue());
            assertEquals("Sở Tài chính", sheet.getRow(4).getCell(3).getStringCellValue());
            assertEquals("Tiếp thu\n" + K1_RESPONSE, sheet.getRow(4).getCell(4).getStringCellValue());
            assertEquals("Điều 6", sheet.getRow(5).getCell(1).getStringCellValue());
            assertEquals(Consolidations.D6_TEXT, sheet.getRow(5).getCell(2).getStringCellValue());
            assertEquals("Tiếp thu một phần\n" + D6_RESPONSE, sheet.getRow(5).getCell(4).getStringCellValue());
            assertTrue(book.getSheetAt(1).getRow(1) != null, "the units that did not answer");
        }
    }

    @Test
    void eachChangeOfVersionTwoListsTheCommentsItAnswersAndTheDifferenceShowsBoth() throws IOException {
        Closed c = decidedAndApproved();
        JsonObject v2 = ok(api.post(path(c.id(), "/revision"), "board", null), 200).json();
        assertEquals(2, v2.getInt("number"));
        assertFalse(v2.getBoolean("sent"));

        JsonObject edited = ok(api.post(path(c.id(), "/revision/edits"), "board", "{\"op\":\"UPDATE\",\"path\":"
                + "\"D3.K1\",\"text\":\"1. Nhóm tiêu chí về xây dựng Đảng và hệ thống chính trị: tối đa 35 điểm, trong"
                + " đó:\",\"version\":" + v2.getJsonNumber("version") + ",\"commentIds\":[" + c.k1() + "]}"), 200)
                .json();
        ok(api.post(path(c.id(), "/revision/edits"), "board", "{\"op\":\"INSERT\",\"path\":\"D6.K5\",\"text\":"
                + "\"Đơn vị có trên 100 biên chế được xét tỷ lệ riêng.\",\"version\":" + edited.getJsonNumber("version")
                + ",\"commentIds\":[" + c.d6() + "]}"), 200);

        List<JsonObject> changes = ok(api.get(path(c.id(), "/revision/changes"), "board"), 200).array()
                .getValuesAs(JsonObject.class);
        assertEquals(2, changes.size());
        assertEquals("MODIFIED", changes.get(0).getJsonObject("change").getString("kind"));
        assertEquals(c.k1(), changes.get(0).getJsonArray("comments").getJsonObject(0).getJsonNumber("commentId")
                .longValue());
        assertEquals("Sở Tài chính", changes.get(0).getJsonArray("comments").getJsonObject(0).getString("unitName"));
        assertEquals("ADDED", changes.get(1).getJsonObject("change").getString("kind"));
        assertEquals("D6.K6", changes.get(1).getJsonObject("change").getString("path"));

        JsonObject diff = ok(api.get("api/v1/documents/" + c.documentId() + "/versions/1/diff/2", "board"), 200)
                .json();
        assertTrue(diff.getJsonObject("diff").getBoolean("byLineage"));
        assertEquals(1, diff.getJsonObject("diff").getInt("modified"));
        assertEquals(1, diff.getJsonObject("diff").getInt("added"));
        JsonObject k1 = node(diff, "D3", "D3.K1");
        assertEquals("MODIFIED", k1.getString("change"));
        assertTrue(k1.getString("oldText").contains("tối đa 30 điểm") && k1.getString("newText").contains("35 điểm"));
        assertEquals(c.k1(), k1.getJsonArray("commentIds").getJsonNumber(0).longValue());
        assertEquals("ADDED", node(diff, "D6", "D6.K6").getString("change"));
        List<JsonObject> linked = diff.getJsonArray("comments").getValuesAs(JsonObject.class);
        assertEquals(2, linked.size());
        assertTrue(linked.stream().allMatch(l -> l.getString("unitName").equals("Sở Tài chính")));
        assertTrue(linked.stream().anyMatch(l -> l.getString("text").equals(Consolidations.K1_TEXT)
                && l.getString("decision").equals("ACCEPTED")));

        Reply file = api.get("api/v1/documents/" + c.documentId() + "/file?version=2", "board");
        assertEquals(200, file.status());
        Reply reparsed = api.upload("api/v1/documents", "board", "file", "du-thao-lan-2.docx", Consolidations.DOCX,
                file.bytes());
        assertEquals(201, reparsed.status(), reparsed.body());
        assertEquals(10, reparsed.json().getInt("articles"));
        String outline = api.get("api/v1/documents/" + reparsed.json().getJsonNumber("id") + "/outline", "board")
                .body();
        assertTrue(outline.contains("tối đa 35 điểm") && outline.contains("Đơn vị có trên 100 biên chế"), outline);
    }

    private static JsonObject node(JsonObject diff, String article, String path) {
        return diff.getJsonObject("diff").getJsonArray("articles").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("path").equals(article)).findFirst().orElseThrow()
                .getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                .filter(n -> path.equals(n.getString("toPath", null))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + path + " in " + diff));
    }

    @Test
    void consolidatingNeedsEveryDecisionApprovedAndThenFreezesThem() {
        Closed c = Consolidations.scenario(api);
        ok(put(api, c.id(), "board", decision(c.k1(), "NOTED", "", null)), 200);

        Reply early = api.post(path(c.id(), "/consolidate"), "board", null);
        assertEquals(409, early.status(), early.body());
        assertTrue(early.json().getString("detail").contains("Còn 2 trong tổng số 2 ý kiến"), early.body());

        ok(put(api, c.id(), "board2", decision(c.d6(), "EXPLAINED", "Đã quy định tại Điều 6 khoản 5.", null)), 200);
        ok(api.post(path(c.id(), "/dispositions/approve"), "board2", "{}"), 200);
        ok(api.post(path(c.id(), "/dispositions/approve"), "board", "{}"), 200);
        JsonObject done = ok(api.post(path(c.id(), "/consolidate"), "board", null), 200).json();

        assertEquals("CONSOLIDATED", done.getString("consultationState"));
        assertEquals("CONSOLIDATED", api.get(path(c.id(), ""), "board").json().getString("state"));
        Reply frozen = put(api, c.id(), "board", decision(c.k1(), "ACCEPTED", "", 1L));
        assertEquals(409, frozen.status(), frozen.body());
    }

    @Test
    void issuingFreezesTheFinalVersionTheDecisionsAndTheConsultation() throws IOException {
        Closed c = decidedAndApproved();
        JsonObject v2 = ok(api.post(path(c.id(), "/revision"), "board", null), 200).json();
        Reply tooEarly = api.post(path(c.id(), "/issue"), "board", "{\"number\":\"15-QĐ/TU\",\"issuedOn\":\"2023-11-20\"}");
        assertEquals(409, tooEarly.status(), "not consolidated yet: " + tooEarly.body());
        ok(api.post(path(c.id(), "/consolidate"), "board", null), 200);

        Reply missing = api.post(path(c.id(), "/issue"), "board", "{\"issuedOn\":\"2023-11-20\"}");
        assertEquals(400, missing.status(), missing.body());
        JsonObject issued = ok(api.post(path(c.id(), "/issue"), "board",
                "{\"number\":\"15-QĐ/TU\",\"issuedOn\":\"2023-11-20\"}"), 200).json();

        assertEquals("15-QĐ/TU", issued.getString("issuedNumber"));
        assertEquals(v2.getJsonNumber("id").longValue(), issued.getJsonNumber("issuedVersionId").longValue());
        assertEquals(409, api.post(path(c.id(), "/revision/edits"), "board", "{\"op\":\"DELETE\",\"path\":\"D8\","
                + "\"version\":" + v2.getJsonNumber("version") + "}").status());
        assertEquals(409, put(api, c.id(), "board", decision(c.k1(), "NOTED", "", 1L)).status());
        assertEquals(409, api.post(path(c.id(), "/issue"), "board", "{\"number\":\"16-QĐ/TU\",\"issuedOn\":"
                + "\"2023-11-21\"}").status());
        assertEquals(409, api.post("api/v1/documents/" + c.documentId() + "/revisions", "board", null).status());
        assertEquals(409, api.post(path(c.id(), "/extend"), "board", "{\"deadline\":\"2099-01-01T00:00:00+07:00\"}")
                .status(), "the consultation does not move either");
        Reply file = api.get("api/v1/documents/" + c.documentId() + "/file?version=2", "board");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file.bytes()))) {
            String header = doc.getTables().get(0).getText();
            assertTrue(header.contains("Số 15-QĐ/TU") && header.contains("ngày 20 tháng 11 năm 2023"), header);
            assertTrue(doc.getParagraphs().stream().noneMatch(p -> p.getText().equals("DỰ THẢO")), "no draft marker");
        }
    }

    @Test
    void decisionsWaitUntilTheConsultationIsClosed() {
        long id = Consolidations.open(api, List.of(), List.of("STC", "SYT"))[0];
        Consolidations.answer(api, id, "stc", "COMMENTS", "[{\"path\":\"D2\",\"text\":\"Ý kiến về Điều 2\"}]");
        long comment = Consolidations.commentId(Consolidations.dispositions(api, id), "D2");

        Reply refused = put(api, id, "board", decision(comment, "ACCEPTED", "", null));

        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.json().getString("detail").startsWith("Đợt lấy ý kiến chưa kết thúc"), refused.body());
        assertEquals(403, api.get(path(id, "/dispositions"), "stc").status(), "units never see the decisions");
    }

    @Test
    void identicalCommentsOfTwoUnitsGetOneDecisionAndOneReportRow() throws IOException {
        long id = Consolidations.open(api, List.of(), List.of("STC", "SCT", "SXD"))[0];
        Consolidations.answer(api, id, "stc", "COMMENTS", "[{\"path\":\"D8\",\"text\":\"Lùi thời hạn sang 20/12\"}]");
        Consolidations.answer(api, id, "sct", "COMMENTS", "[{\"path\":\"D8\",\"text\":\"Đề nghị hoàn thành trước"
                + " 20 tháng 12\"}]");
        Consolidations.close(api, id);
        List<JsonObject> rows = Consolidations.dispositions(api, id);
        long first = rows.get(0).getJsonNumber("commentId").longValue();
        long second = rows.get(1).getJsonNumber("commentId").longValue();

        ok(api.put(path(id, "/dispositions"), "board", "[{\"commentId\":" + first + ",\"decision\":\"EXPLAINED\","
                + "\"response\":\"Thời hạn theo Hướng dẫn 25-HD/BTCTW.\",\"group\":[" + second + "]}]"), 200);

        rows = Consolidations.dispositions(api, id);
        assertEquals("EXPLAINED", Consolidations.row(rows, second).getString("decision"));
        assertEquals(second, Consolidations.row(rows, first).getJsonArray("group").getJsonNumber(0).longValue());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
                api.get(path(id, "/report.docx"), "board").bytes()))) {
            XWPFTable table = doc.getTables().get(1);
            assertEquals(2, table.getRows().size(), "one row for the group");
            List<String> row = cells(table.getRow(1));
            assertEquals("Điều 8", row.get(1));
            assertEquals("Sở Công Thương\nSở Tài chính", row.get(3));
        }
    }

    @Test
    void changingAnApprovedDecisionMakesItAProposalAgainAndAStaleVersionIsRefused() {
        Closed c = decidedAndApproved();
        JsonObject k1 = Consolidations.row(Consolidations.dispositions(api, c.id()), c.k1());
        long version = k1.getJsonNumber("version").longValue();

        assertEquals(409, put(api, c.id(), "board2", decision(c.k1(), "NOTED", "", null)).status(),
                "no version: someone decided meanwhile");
        assertEquals(200, put(api, c.id(), "board2", decision(c.k1(), "ACCEPTED", K1_RESPONSE, version)).status(),
                "the same decision again");
        assertEquals("APPROVED", Consolidations.row(Consolidations.dispositions(api, c.id()), c.k1())
                .getString("state"), "re-sending the same decision keeps its approval");

        ok(put(api, c.id(), "board2", decision(c.k1(), "PARTLY", "Chỉ nâng lên 32 điểm.", version)), 200);
        JsonObject changed = Consolidations.row(Consolidations.dispositions(api, c.id()), c.k1());
        assertEquals("PROPOSED", changed.getString("state"));
        assertEquals("board2", changed.getString("proposedBy"));
        assertNull(changed.get("approvedBy"));
        Reply stale = put(api, c.id(), "board", decision(c.k1(), "NOTED", "", version));
        assertEquals(409, stale.status(), stale.body());
        assertEquals(403, api.post(path(c.id(), "/dispositions/approve"), "board2", "{\"approvals\":[{\"commentId\":"
                + c.k1() + "}]}").status(), "board2 proposed it now");
        assertEquals(200, api.post(path(c.id(), "/dispositions/approve"), "board", "{\"approvals\":[{\"commentId\":"
                + c.k1() + ",\"version\":" + changed.getJsonNumber("version") + "}]}").status());
    }
}
