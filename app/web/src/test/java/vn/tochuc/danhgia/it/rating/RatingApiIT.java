package vn.tochuc.danhgia.it.rating;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tochuc.danhgia.it.rating.Ratings.YEAR;
import static vn.tochuc.danhgia.it.rating.Ratings.ok;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.it.support.Api;
import vn.tochuc.danhgia.it.support.Deployments;
import vn.tochuc.danhgia.it.support.Reply;
import vn.tochuc.danhgia.it.support.ServerTest;

/**
 * {@code /api/v1/rating-cycles} and {@code /api/v1/ratings} end to end: the Board opens the 2025 cycle from the
 * approved frameworks (late: its self-assessment deadline has passed, and the Board extends it for Sở Tài chính), a
 * unit self-assesses its own subjects only, with the derived level, and submits with a receipt.
 */
@ServerTest
class RatingApiIT {

    private static long cycleId;

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void cycle() {
        api = new Api(base);
        if (cycleId != 0) {
            return;
        }
        Ratings.expect(api.post("api/v1/framework-assignments", "admin", "{\"year\":" + YEAR
                + ",\"pluginId\":\"so-tai-chinh\",\"unitCodes\":[\"STC\"],\"groupCodes\":[]}"), 201);
        Ratings.expect(api.post("api/v1/framework-assignments", "admin", "{\"year\":" + YEAR
                + ",\"pluginId\":\"so-giao-duc\",\"unitCodes\":[\"SGDDT\"],\"groupCodes\":[]}"), 201);
        ok(api.post("api/v1/framework-people", "stc", "{\"year\":" + YEAR + ",\"role\":\"DEPUTY\",\"fullName\":"
                + "\"Lê Văn Phó\",\"title\":\"Phó Giám đốc Sở\",\"field\":\"Đầu tư công\"}"), 201);
        long deputy = ok(api.post("api/v1/framework-people", "stc", "{\"year\":" + YEAR + ",\"role\":\"DEPUTY\","
                + "\"fullName\":\"Trần Thị Hai\",\"title\":\"Phó Giám đốc Sở\",\"field\":\"Ngân sách nhà nước\"}"), 201)
                .getJsonNumber("id").longValue();
        Ratings.approvedFramework(api, "stc", "COLLECTIVE", null, Ratings.financeTargets());
        Ratings.approvedFramework(api, "stc", "CHIEF", null, Ratings.financeTargets());
        Ratings.approvedFramework(api, "stc", "DEPUTY", deputy, Ratings.deputyTargets());
        Ratings.approvedFramework(api, "sgddt", "COLLECTIVE", null, Ratings.educationTargets());
        cycleId = ok(api.post("api/v1/rating-cycles", "board", Ratings.cycle(YEAR, -1, 20, 30, 40)), 201)
                .getJsonNumber("id").longValue();
        ok(api.put("api/v1/rating-cycles/" + cycleId + "/extensions/STC", "board", "{\"until\":\"" + Ratings.at(15)
                + "\",\"reason\":\"Sở đề nghị gia hạn do chờ số liệu quyết toán\"}"), 200);
    }

    private List<JsonObject> subjects(String user) {
        Reply reply = api.get("api/v1/rating-cycles/" + cycleId + "/subjects", user);
        assertEquals(200, reply.status(), reply.body());
        return reply.array().getValuesAs(JsonObject.class);
    }

    private long subject(String unit, String kind) {
        return subjects("board").stream().filter(s -> s.getString("unitCode").equals(unit)
                && s.getString("kind").equals(kind)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private long deputy(String name) {
        return subjects("board").stream().filter(s -> s.getString("personName").equals(name)).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
    }

    private String path(long subject, String rest) {
        return "api/v1/ratings/" + subject + "/" + rest;
    }

    @Test
    void theBoardOpensOneCycleAYearWithTheYearsRuleSetAndEverySubjectListed() {
        JsonObject cycle = ok(api.get("api/v1/rating-cycles/" + cycleId, "stc"), 200);
        assertEquals(YEAR, cycle.getInt("year"));
        assertEquals("QD366", cycle.getString("ruleSetId"));
        assertEquals(1, cycle.getInt("ruleSetVersion"));
        assertTrue(cycle.getString("selfAssessmentDue").endsWith("+07:00"), cycle.toString());
        assertEquals(1, api.get("api/v1/rating-cycles?year=" + YEAR, "board").array().size());

        Reply second = api.post("api/v1/rating-cycles", "board", Ratings.cycle(YEAR, 5, 20, 30, 40));
        assertEquals(409, second.status(), second.body());
        assertTrue(second.json().getString("detail").contains("đã có đợt đánh giá"), second.body());
        Reply noRules = api.post("api/v1/rating-cycles", "board", Ratings.cycle(2022, 5, 20, 30, 40));
        assertEquals(400, noRules.status(), noRules.body());
        assertTrue(noRules.body().contains("Chưa có bộ quy tắc xếp loại cho năm 2022"), noRules.body());
        Reply disordered = api.post("api/v1/rating-cycles", "board", Ratings.cycle(2023, 30, 20, 40, 50));
        assertEquals(400, disordered.status(), disordered.body());
        assertEquals("commentsDue", disordered.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(403, api.post("api/v1/rating-cycles", "stc", Ratings.cycle(2031, 5, 20, 30, 40)).status());

        List<JsonObject> all = subjects("board");
        JsonObject collective = find(all, "STC", "COLLECTIVE");
        assertNotEquals("BLOCKED", collective.getString("state"), "another test may have submitted it already");
        assertNotNull(collective.get("frameworkId"));
        assertEquals("DRAFT", find(all, "STC", "CHIEF").getString("state"));
        JsonObject deputy = all.stream().filter(d -> d.getString("personName").equals("Lê Văn Phó")).findFirst()
                .orElseThrow();
        assertNotEquals("BLOCKED", all.stream().filter(d -> d.getString("personName").equals("Trần Thị Hai"))
                .findFirst().orElseThrow().getString("state"));
        assertEquals("BLOCKED", deputy.getString("state"), "never silently left out");
        assertEquals("Lê Văn Phó", deputy.getString("personName"));
        assertTrue(deputy.getString("blockedReason").contains("chưa được Ban phê duyệt (trạng thái: Chưa bắt đầu)"),
                deputy.toString());
        JsonObject other = find(all, "VPTU", "COLLECTIVE");
        assertEquals("BLOCKED", other.getString("state"));
        assertTrue(other.getString("blockedReason").contains("chưa được phân công khung tiêu chí cho năm 2025"),
                other.toString());
        assertEquals(cycle.getInt("subjects"), all.size());
        assertTrue(cycle.getInt("blocked") >= all.size() - 4, cycle.toString());
    }

    private static JsonObject find(List<JsonObject> subjects, String unit, String kind) {
        return subjects.stream().filter(s -> s.getString("unitCode").equals(unit) && s.getString("kind").equals(kind))
                .findFirst().orElseThrow(() -> new AssertionError(unit + " " + kind + " not in " + subjects));
    }

    @Test
    void aUnitSeesAndSelfAssessesItsOwnSubjectsOnly() {
        List<JsonObject> mine = subjects("stc");
        assertFalse(mine.isEmpty());
        assertTrue(mine.stream().allMatch(s -> s.getString("unitCode").equals("STC")), mine.toString());
        assertTrue(subjects("sgddt").stream().allMatch(s -> s.getString("unitCode").equals("SGDDT")));

        long stcCollective = subject("STC", "COLLECTIVE");
        JsonObject view = ok(api.get(path(stcCollective, "self-assessment"), "stc"), 200);
        assertEquals(403, api.get(path(stcCollective, "self-assessment"), "sgddt").status());
        Reply foreign = api.put(path(stcCollective, "self-assessment"), "sgddt", Ratings.edit(view, c -> "1", "[]", null));
        assertEquals(403, foreign.status(), foreign.body());
        assertEquals(403, api.put(path(stcCollective, "self-assessment"), "board",
                Ratings.edit(view, c -> "1", "[]", null)).status(), "the Board reads, the unit scores");
        assertEquals(200, api.get(path(stcCollective, "self-assessment"), "board").status());
        Reply blocked = api.get(path(deputy("Lê Văn Phó"), "self-assessment"), "stc");
        assertEquals(409, blocked.status(), blocked.body());
        assertTrue(blocked.json().getString("detail").contains("chưa đánh giá được"), blocked.body());
    }

    @Test
    void aUnitScoresItsCollectiveSeesTheDerivedLevelAndSubmitsItWithAReceipt() {
        long id = subject("STC", "COLLECTIVE");
        JsonObject empty = ok(api.get(path(id, "self-assessment"), "stc"), 200);
        assertEquals("DRAFT", empty.getString("state"));
        assertEquals(0.25, empty.getJsonNumber("pointStep").doubleValue());
        assertEquals(100, empty.getJsonNumber("max").intValue());
        assertEquals(4, empty.getJsonArray("targets").size());
        assertEquals("Giải ngân vốn đầu tư công năm 2025",
                empty.getJsonArray("targets").getJsonObject(0).getString("title"));

        Reply over = api.put(path(id, "self-assessment"), "stc",
                Ratings.edit(empty, c -> c.getJsonNumber("max").bigDecimalValue().add(java.math.BigDecimal.ONE)
                        .toPlainString(), "[]", null));
        assertEquals(400, over.status(), over.body());
        assertTrue(over.body().contains("phải từ 0 đến"), over.body());
        assertTrue(over.json().getJsonArray("errors").getJsonObject(0).getString("field").startsWith("criteria["));
        Reply step = api.put(path(id, "self-assessment"), "stc", Ratings.edit(empty, c -> "0.1", "[]", null));
        assertEquals(400, step.status(), step.body());
        assertTrue(step.body().contains("bội số của 0,25"), step.body());

        // Reg. 366 (the 2025 cycle's rule set): full points, but one target of four late (25% > the 20% HTNV allows)
        JsonObject late = ok(api.put(path(id, "self-assessment"), "stc",
                Ratings.edit(empty, c -> c.getJsonNumber("max").toString(), Ratings.financeResults(), null)), 200);
        assertEquals(100, late.getJsonNumber("total").intValue());
        assertEquals("KHTNV", late.getString("derivedLevel"), late.toString());
        assertTrue(late.toString().contains("chỉ tiêu hoàn thành chậm tiến độ"), late.toString());
        assertEquals("LATE", late.getJsonArray("targets").getJsonObject(3).getString("outcome"));
        // all on time, two of four exceeded (≥ 30%): HTXSNV
        JsonObject saved = ok(api.put(path(id, "self-assessment"), "stc", Ratings.edit(late,
                c -> c.getJsonNumber("max").toString(), Ratings.financeResults().replace("LATE", "EXCEEDED"), null)), 200);
        assertEquals("HTXSNV", saved.getString("derivedLevel"), saved.toString());
        assertEquals("Tờ trình số 45/TTr-STC", saved.getJsonArray("targets").getJsonObject(2).getString("output"));
        JsonObject tasks = saved.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals("2")).findFirst().orElseThrow();
        assertEquals(65, tasks.getJsonNumber("suggested").intValue(), "25 + 20 + 15 + half of 10: " + tasks);
        assertTrue(saved.getString("hint").startsWith("Điểm gợi ý"), saved.toString());
        Reply stale = api.put(path(id, "self-assessment"), "stc", Ratings.edit(empty, c -> "0", "[]", null));
        assertEquals(409, stale.status(), stale.body());

        JsonObject lower = ok(api.put(path(id, "self-assessment"), "stc", Ratings.edit(saved,
                c -> c.getString("code").equals("2") ? "55.75" : c.getJsonNumber("max").toString(),
                Ratings.financeResults().replace("LATE", "EXCEEDED"), null)), 200);
        assertEquals("HTTNV", lower.getString("derivedLevel"), lower.toString());
        assertEquals(0, lower.getJsonNumber("total").bigDecimalValue().compareTo(new java.math.BigDecimal("85.75")));

        long version = lower.getJsonNumber("version").longValue();
        Reply unsigned = api.post(path(id, "self-assessment/submit"), "stc", "{\"version\":" + version + "}");
        assertEquals(400, unsigned.status(), unsigned.body());
        JsonObject receipt = ok(api.post(path(id, "self-assessment/submit"), "stc", "{\"version\":" + version
                + ",\"signerName\":\"Nguyễn Văn Giám\",\"signerTitle\":\"Giám đốc Sở Tài chính\"}"), 201);
        assertTrue(receipt.getString("receiptNumber").startsWith("TĐG-2025-STC-"), receipt.toString());
        assertEquals("HTTNV", receipt.getString("derivedLevel"));

        Reply after = api.put(path(id, "self-assessment"), "stc", Ratings.edit(lower, c -> "0", "[]", null));
        assertEquals(409, after.status(), after.body());
        assertTrue(after.json().getString("detail").contains(receipt.getString("receiptNumber")), after.body());
        assertEquals(409, api.post(path(id, "self-assessment/submit"), "stc", "{\"version\":" + version
                + ",\"signerName\":\"A\",\"signerTitle\":\"B\"}").status());
        JsonObject seen = ok(api.get(path(id, "self-assessment"), "board"), 200);
        assertEquals("SUBMITTED", seen.getString("state"));
        assertEquals("Nguyễn Văn Giám", seen.getString("signerName"));
        assertEquals("SUBMITTED", find(subjects("board"), "STC", "COLLECTIVE").getString("state"));
    }

    @Test
    void pastTheDeadlineAUnitNeedsTheBoardsExtension() {
        long id = subject("SGDDT", "COLLECTIVE");
        JsonObject view = ok(api.get(path(id, "self-assessment"), "sgddt"), 200);
        Reply late = api.put(path(id, "self-assessment"), "sgddt", Ratings.edit(view, c -> "0", "[]", null));
        assertEquals(409, late.status(), late.body());
        assertTrue(late.json().getString("detail").contains("Đã quá hạn tự đánh giá"), late.body());

        Reply tooEarly = api.put("api/v1/rating-cycles/" + cycleId + "/extensions/SGDDT", "board",
                "{\"until\":\"" + Ratings.at(-3) + "\",\"reason\":\"Gia hạn\"}");
        assertEquals(400, tooEarly.status(), tooEarly.body());
        assertEquals(403, api.put("api/v1/rating-cycles/" + cycleId + "/extensions/SGDDT", "sgddt",
                "{\"until\":\"" + Ratings.at(10) + "\",\"reason\":\"Tự gia hạn\"}").status());
        JsonObject extension = ok(api.put("api/v1/rating-cycles/" + cycleId + "/extensions/SGDDT", "board",
                "{\"until\":\"" + Ratings.at(10) + "\",\"reason\":\"Chờ kết quả kỳ thi\"}"), 200);
        assertEquals("SGDDT", extension.getString("unitCode"));
        JsonObject saved = ok(api.put(path(id, "self-assessment"), "sgddt", Ratings.edit(view, c -> "0", "[]", null)),
                200);
        assertEquals("KHTNV", saved.getString("derivedLevel"));
        assertEquals(extension.getString("until").substring(0, 16), saved.getString("due").substring(0, 16));
    }

    @Test
    void theChiefsSelfAssessmentRecordsTheCollectivesCommentsAndProposedLevel() {
        long chief = subject("STC", "CHIEF");
        JsonObject view = ok(api.get(path(chief, "self-assessment"), "stc"), 200);
        JsonObject saved = ok(api.put(path(chief, "self-assessment"), "stc", Ratings.edit(view, c -> "0", "[]",
                "\"collectiveComments\":\"Gương mẫu, quyết liệt trong chỉ đạo giải ngân\","
                        + "\"collectiveProposedLevel\":\"HTTNV\"")), 200);
        assertEquals("HTTNV", saved.getString("collectiveProposedLevel"));
        assertEquals("Gương mẫu, quyết liệt trong chỉ đạo giải ngân", saved.getString("collectiveComments"));
        long collective = subject("SGDDT", "COLLECTIVE");
        Reply notForCollectives = api.put(path(collective, "self-assessment"), "sgddt", Ratings.edit(
                ok(api.get(path(collective, "self-assessment"), "sgddt"), 200), c -> "0", "[]",
                "\"collectiveProposedLevel\":\"HTTNV\""));
        assertTrue(notForCollectives.status() == 400 || notForCollectives.status() == 409, notForCollectives.body());
    }

    @Test
    void evidenceIsStoredCheckedByItsContentAndRemovableWhileADraft() {
        long chief = subject("STC", "CHIEF");
        byte[] pdf = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        JsonObject added = ok(upload(chief, "bao-cao-giai-ngan.pdf", "application/pdf", pdf, "0"), 201);
        assertEquals("application/pdf", added.getString("mediaType"));
        assertEquals(0, added.getInt("targetIndex"));
        long evidence = added.getJsonNumber("id").longValue();
        assertEquals(1, api.get(path(chief, "evidence"), "board").array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("id").longValue() == evidence).count());
        Reply download = api.get(path(chief, "evidence/" + evidence), "board");
        assertEquals(200, download.status());
        assertArrayEquals(pdf, download.bytes());
        assertEquals(403, api.get(path(chief, "evidence/" + evidence), "sgddt").status());

        Reply exe = upload(chief, "bao-cao.pdf", "application/pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1),
                null);
        assertEquals(415, exe.status(), exe.body());
        Reply renamed = upload(chief, "bao-cao.docx", "application/pdf", pdf, null);
        assertEquals(415, renamed.status(), renamed.body());
        assertTrue(renamed.json().getString("detail").contains("không khớp"), renamed.body());
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, huge, 0, pdf.length);
        Reply tooLarge = upload(chief, "lon.pdf", "application/pdf", huge, null);
        assertEquals(413, tooLarge.status(), tooLarge.body());
        Reply unknown = api.upload(path(chief, "evidence"), "stc", "file", "a.pdf", "application/pdf", pdf);
        assertEquals(400, unknown.status(), "the criterion is required: " + unknown.body());

        assertEquals(204, api.delete(path(chief, "evidence/" + evidence), "stc").status());
        assertEquals(404, api.get(path(chief, "evidence/" + evidence), "stc").status());
    }

    /** A multipart form with the file, the criterion "2" and optionally a target index. */
    private Reply upload(long subject, String name, String type, byte[] content, String targetIndex) {
        String boundary = "----rating" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String fields = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"criterionCode\"\r\n\r\n2\r\n"
                + (targetIndex == null ? "" : "--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"targetIndex\"\r\n\r\n" + targetIndex + "\r\n")
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n";
        body.writeBytes(fields.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(api.request(path(subject, "evidence"), "stc")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    @Test
    void theBoardAppraisesWithAReasonForEachChangeAndWithinTheGroupsQuota() {
        Reply draft = api.put(path(subject("STC", "CHIEF"), "appraisal"), "board",
                "{\"version\":0,\"changes\":[],\"proposedLevel\":\"HTTNV\"}");
        assertEquals(409, draft.status(), "only a submitted self-assessment: " + draft.body());
        assertTrue(draft.json().getString("detail").contains("chưa nộp"), draft.body());

        long id = deputy("Trần Thị Hai");
        JsonObject view = ok(api.get(path(id, "self-assessment"), "stc"), 200);
        String results = "[{\"criterionCode\":\"2.a\",\"targetIndex\":0,\"achieved\":1,\"output\":\"Tờ trình số 7\","
                + "\"outcome\":\"DONE\"},{\"criterionCode\":\"2.a\",\"targetIndex\":1,\"achieved\":100,\"output\":"
                + "\"Thông báo số 3\",\"outcome\":\"EXCEEDED\"}]";
        JsonObject saved = ok(api.put(path(id, "self-assessment"), "stc",
                Ratings.edit(view, c -> c.getJsonNumber("max").toString(), results, null)), 200);
        int max = view.getJsonNumber("max").intValue();
        assertEquals(max, saved.getJsonNumber("total").intValue());
        ok(api.post(path(id, "self-assessment/submit"), "stc", "{\"version\":" + saved.getJsonNumber("version")
                + ",\"signerName\":\"Trần Thị Hai\",\"signerTitle\":\"Phó Giám đốc Sở\"}"), 201);

        String appraisal = "api/v1/ratings/" + id + "/appraisal";
        assertEquals(403, api.put(appraisal, "stc", "{\"version\":0,\"changes\":[],\"proposedLevel\":\"HTXSNV\"}")
                .status(), "a unit never appraises");
        Reply noReason = api.put(appraisal, "board", "{\"version\":0,\"changes\":[{\"code\":\"2.a\",\"points\":45}],"
                + "\"proposedLevel\":\"HTTNV\"}");
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals("changes[2.a].reason", noReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Reply overQuota = api.put(appraisal, "board", "{\"version\":0,\"changes\":[],\"proposedLevel\":\"HTXSNV\"}");
        assertEquals(409, overQuota.status(), overQuota.body());
        assertTrue(overQuota.json().getString("detail").contains("(cá nhân): đã đề xuất 1 / tối đa 0"), overQuota.body());

        JsonObject appraised = ok(api.put(appraisal, "board", "{\"version\":0,\"changes\":[{\"code\":\"2.a\","
                + "\"points\":45,\"reason\":\"Chỉ tiêu 2 chưa có thông báo của Sở cho 2 huyện\"}],"
                + "\"proposedLevel\":\"HTTNV\",\"note\":\"Đạt\"}"), 200);
        assertEquals("HTTNV", appraised.getString("proposedLevel"));
        int own = view.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals("2.a")).findFirst().orElseThrow().getJsonNumber("max").intValue();
        assertEquals(max - own + 45, appraised.getJsonNumber("appraisedTotal").intValue());
        assertEquals(max, appraised.getJsonNumber("selfTotal").intValue());
        assertEquals("Chỉ tiêu 2 chưa có thông báo của Sở cho 2 huyện",
                appraised.getJsonArray("changes").getJsonObject(0).getString("reason"));
        assertEquals(409, api.put(appraisal, "board", "{\"version\":0,\"changes\":[],\"proposedLevel\":\"HTNV\"}")
                .status(), "stale version");
        assertEquals("HTTNV", ok(api.get(appraisal, "board"), 200).getString("proposedLevel"));

        String confirm = appraisal + "/confirm";
        long appraisedVersion = appraised.getJsonNumber("version").longValue();
        Reply byAppraiser = api.post(confirm, "board", "{\"version\":" + appraisedVersion + "}");
        assertEquals(409, byAppraiser.status(), byAppraiser.body());
        assertTrue(byAppraiser.json().getString("detail").contains("không tự xác nhận"), byAppraiser.body());
        assertEquals(403, api.post(confirm, "stc", "{\"version\":" + appraisedVersion + "}").status());
        assertEquals(409, api.post(confirm, "board2", "{\"version\":" + (appraisedVersion + 5) + "}").status(),
                "a confirmation of what the member did not read");
        JsonObject confirmed = ok(api.post(confirm, "board2", "{\"version\":" + appraisedVersion + "}"), 200);
        assertEquals("board2", confirmed.getString("confirmedBy"));
        assertEquals("board", confirmed.getString("appraisedBy"));
        Reply again = api.post(confirm, "board2", "{\"version\":" + confirmed.getJsonNumber("version") + "}");
        assertEquals(409, again.status(), again.body());
        assertTrue(again.json().getString("detail").contains("đã được board2 xác nhận"), again.body());

        JsonObject quota = api.get("api/v1/rating-cycles/" + cycleId + "/quota", "board").array()
                .getValuesAs(JsonObject.class).stream().filter(q -> q.getString("groupCode").equals("SO_NGANH")
                        && q.getBoolean("individuals")).findFirst().orElseThrow();
        assertEquals(0, quota.getInt("excellent"));
        assertEquals(1, quota.getInt("base"));
        assertEquals(0, quota.getInt("max"));
        assertFalse(quota.getBoolean("over"));
        assertEquals(403, api.get("api/v1/rating-cycles/" + cycleId + "/quota", "stc").status());
    }
}
