package vn.tochuc.danhgia.it.consultations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.it.support.Api;
import vn.tochuc.danhgia.it.support.Deployments;
import vn.tochuc.danhgia.it.support.Pdfs;
import vn.tochuc.danhgia.it.support.Reply;
import vn.tochuc.danhgia.it.support.ServerTest;

/**
 * {@code /api/v1/consultations} end to end: publishing to a unit group with e-mails (GreenMail) and notices, answers,
 * submissions, the Board's tracking and comments, isolation between units, deadlines, extensions and reminders.
 */
@ServerTest
class ConsultationsApiIT {

    private static final List<String> SO_NGANH = List.of("SO_NGANH");
    /** The concretization task's states as the workbook names them (frameworks.task.state.* in Vietnamese). */
    private static final Map<String, String> TASK_STATES = Map.of("NOT_STARTED", "Chưa bắt đầu", "DRAFT", "Đang soạn",
            "SUBMITTED", "Đã nộp đủ", "RETURNED", "Có khung bị trả lại", "APPROVED", "Đã phê duyệt đủ",
            "UNAVAILABLE", "Chưa có khung tiêu chí");
    private static Mailbox mailbox;

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeAll
    static void smtp() {
        mailbox = Mailbox.start();
    }

    @AfterAll
    static void stopSmtp() {
        mailbox.close();
    }

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    private String path(long id, String rest) {
        return "api/v1/consultations/" + id + rest;
    }

    private Set<String> unitsOfGroup(String group) {
        return api.get("api/v1/units?group=" + group + "&active=true&size=200", "board").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(u -> u.getString("code")).collect(Collectors.toSet());
    }

    @Test
    void publishingToAGroupMailsAndNotifiesEveryUnitOfIt() throws Exception {
        String reference = Drafts.reference();
        long id = Drafts.open(api, reference, Drafts.deadlineIn(7 * 86_400), false, SO_NGANH, List.of());

        Set<String> expected = unitsOfGroup("SO_NGANH").stream()
                .map(u -> u.toLowerCase(Locale.ROOT) + "@demo.danhgia.local").collect(Collectors.toSet());
        List<MimeMessage> mails = mailbox.waitFor(reference, expected.size());
        assertEquals(expected, mails.stream().map(Mailbox::to).collect(Collectors.toSet()));
        assertEquals(expected.size(), mails.size(), "one mail per unit user");
        assertTrue(Mailbox.subject(mails.get(0)).startsWith("[Xin ý kiến] " + reference));
        assertTrue(((String) mails.get(0).getContent()).contains("/unit/answer.xhtml?id=" + id));
        Reply notices = api.get("api/v1/notices", "stc");
        assertTrue(notices.body().contains(reference), notices.body());
        assertFalse(api.get("api/v1/notices", "vptu").body().contains(reference), "VPTU is not in the group");
        JsonObject view = api.get(path(id, ""), "board").json();
        assertEquals("OPEN", view.getString("state"));
        assertEquals(expected.size(), view.getInt("recipients"));
    }

    @Test
    void dashboardShowsCommentsAgreementAndSilence() {
        long id = Drafts.open(api, Drafts.reference(), Drafts.deadlineIn(7 * 86_400), false, SO_NGANH, List.of());

        Reply saved = Drafts.save(api, id, "stc", "COMMENTS", "[{\"path\":\"D3.K1\",\"text\":\"Đề nghị tăng lên 35"
                + " điểm\",\"proposedText\":\"1. Nhóm tiêu chí ...: tối đa 35 điểm\",\"reason\":\"Phù hợp thực tế\"},"
                + "{\"path\":\"D6\",\"text\":\"Bổ sung mức xếp loại\"}]");
        assertEquals(200, saved.status(), saved.body());
        Reply receipt = Drafts.submit(api, id, "stc");
        assertEquals(201, receipt.status(), receipt.body());
        assertEquals("GY-" + id + "-STC-1", receipt.json().getString("receiptNumber"));
        assertEquals(200, Drafts.save(api, id, "sgddt", "AGREE", "[]").status());
        assertEquals(201, Drafts.submit(api, id, "sgddt").status());

        JsonObject a = Drafts.row(api, id, "STC");
        assertEquals("SUBMITTED", a.getString("status"));
        assertEquals("COMMENTS", a.getString("stance"));
        assertEquals(2, a.getInt("comments"));
        assertNotNull(a.getString("submittedAt"));
        assertFalse(a.getBoolean("late"));
        JsonObject b = Drafts.row(api, id, "SGDDT");
        assertEquals("SUBMITTED", b.getString("status"));
        assertEquals("AGREE", b.getString("stance"));
        JsonObject c = Drafts.row(api, id, "SYT");
        assertEquals("NOT_OPENED", c.getString("status"));
        assertFalse(c.containsKey("stance"));
        JsonObject counts = api.get(path(id, "/status/counts"), "board").json();
        assertEquals(2, counts.getInt("submitted"));
        assertEquals(1, counts.getInt("agree"));

        JsonObject comments = api.get(path(id, "/comments"), "board").json();
        assertEquals(2, comments.getInt("total"));
        List<JsonObject> nodes = comments.getJsonArray("nodes").getValuesAs(JsonObject.class);
        JsonObject k1 = nodes.stream().filter(n -> n.getString("path").equals("D3.K1")).findFirst().orElseThrow();
        assertEquals("STC", k1.getJsonArray("comments").getJsonObject(0).getString("unit"));
        assertEquals("1. Nhóm tiêu chí ...: tối đa 35 điểm",
                k1.getJsonArray("comments").getJsonObject(0).getString("proposedText"));
        JsonObject d3 = nodes.stream().filter(n -> n.getString("path").equals("D3")).findFirst().orElseThrow();
        assertEquals(1, d3.getInt("articleTotal"));
        assertTrue(nodes.indexOf(d3) < nodes.indexOf(k1), "document order");
    }

    @Test
    void aUnitNeverSeesAnotherUnitsAnswerThroughAnyEndpoint() {
        long id = Drafts.open(api, Drafts.reference(), Drafts.deadlineIn(7 * 86_400), false, SO_NGANH, List.of());
        String secret = "Ý kiến riêng của Sở Tài chính " + id;
        Drafts.save(api, id, "stc", "COMMENTS", "[{\"path\":\"D3.K1\",\"text\":\"" + secret + "\"}]");
        String draftOnly = "Bản nháp chưa gửi của Sở Tài chính " + id;
        long submitted = id;
        Drafts.submit(api, submitted, "stc");
        long other = Drafts.open(api, Drafts.reference(), Drafts.deadlineIn(7 * 86_400), false, SO_NGANH, List.of());
        Drafts.save(api, other, "stc", "COMMENTS", "[{\"path\":\"D6\",\"text\":\"" + draftOnly + "\"}]");

        for (long c : List.of(submitted, other)) {
            for (String endpoint : List.of("", "/nodes", "/answers/mine", "/answers/mine/submissions", "/status",
                    "/status/counts", "/status.xlsx", "/comments")) {
                Reply reply = api.get(path(c, endpoint), "sgddt");
                assertFalse(reply.body().contains(secret) || reply.body().contains(draftOnly),
                        endpoint + " shows STC's answer to SGDDT: " + reply.body());
                assertFalse(reply.body().contains("GY-" + c + "-STC"), endpoint + " shows STC's receipt");
            }
            assertEquals(403, api.get(path(c, "/status"), "sgddt").status());
            assertEquals(403, api.get(path(c, "/comments"), "sgddt").status());
            assertEquals(403, api.get(path(c, "/status.xlsx"), "sgddt").status());
            assertEquals("SGDDT", api.get(path(c, "/answers/mine"), "sgddt").json().getString("unit"));
        }
        Reply list = api.get("api/v1/consultations", "sgddt");
        assertFalse(list.body().contains(secret) || list.body().contains("GY-" + submitted + "-STC"), list.body());
        assertFalse(api.get("api/v1/notices", "sgddt").body().contains(secret));
        assertFalse(api.get(path(other, "/comments"), "board").body().contains(draftOnly),
                "the Board sees submitted answers only");
    }

    @Test
    void theUnitDownloadsItsOfficialAnswerAsWordAndPdfAndNoOneElseCan() throws Exception {
        long id = Drafts.open(api, Drafts.reference(), Drafts.deadlineIn(7 * 86_400), false, SO_NGANH, List.of());
        String comment = "Đề nghị tăng nhóm tiêu chí xây dựng Đảng lên 35 điểm " + id;
        assertEquals(200, Drafts.save(api, id, "stc", "COMMENTS", "[{\"path\":\"D3.K1\",\"text\":\"" + comment
                + "\",\"proposedText\":\"tối đa 35 điểm\",\"reason\":\"Phù hợp thực tế\"}]").status());
        assertEquals(404, api.get(path(id, "/answers/mine/official.docx"), "stc").status(), "not submitted yet");
        assertEquals(404, api.get(path(id, "/answers/mine/official.pdf"), "stc").status(), "not submitted yet");
        assertEquals(201, Drafts.submit(api, id, "stc").status());

        Reply docx = api.get(path(id, "/answers/mine/official.docx"), "stc");
        assertEquals(200, docx.status(), docx.body());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
            List<String> lines = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertEquals("SỞ TÀI CHÍNH", lines.get(0));
            assertEquals("Số tiếp nhận: GY-" + id + "-STC-1", lines.get(1));
            assertEquals("Ý KIẾN GÓP Ý", lines.get(2));
            assertTrue(lines.contains("Ý kiến chung: Có ý kiến"), lines.toString());
            assertTrue(lines.contains("Nguyễn Văn An"), lines.toString());
            XWPFTableRow row = doc.getTables().get(0).getRow(1);
            assertEquals(comment, row.getCell(2).getText());
            assertEquals("tối đa 35 điểm", row.getCell(3).getText());
        }
        for (String file : List.of("/answers/mine/official.docx", "/answers/mine/official.pdf")) {
            Reply other = api.get(path(id, file), "sgddt");
            assertEquals(404, other.status(), "SGDDT has submitted nothing: " + other.body());
            assertFalse(other.body().contains(comment));
            assertEquals(403, api.get(path(id, file), "board").status());
        }
        String text = Pdfs.text(api.get(path(id, "/answers/mine/official.pdf"), "stc"));
        assertTrue(text.contains("Ý KIẾN GÓP Ý"), text);
        assertTrue(text.contains("SỞ TÀI CHÍNH"), text);
        assertTrue(text.contains("GY-" + id + "-STC-1"), text);
        assertTrue(text.contains("Nguyễn Văn An"), text);
        assertTrue(text.contains("Phù hợp thực tế"), text);
    }

    @Test
    void aUnitOutsideTheRecipientsIsForbidden() {
        long id = Drafts.open(api, Drafts.reference(), Drafts.deadlineIn(86_400), false, SO_NGANH, List.of());

        assertEquals(403, api.get(path(id, ""), "vptu").status());
        assertEquals(403, api.get(path(id, "/answers/mine"), "vptu").status());
        Reply put = api.put(path(id, "/answers/mine"), "vptu", "{\"stance\":\"AGREE\",\"comments\":[],\"version\":0}");
        assertEquals(403, put.status());
        assertTrue(put.json().getString("detail").contains("VPTU"), put.body());
        assertFalse(api.get("api/v1/consultations", "vptu").body().contains("\"id\":" + id + ","));
    }

    @Test
    void afterTheDeadlineASubmissionIsRefusedUnlessLateAnswersAreAllowed() throws Exception {
        long strict = Drafts.open(api, Drafts.reference(), Drafts.deadlineIn(6), false, List.of(), List.of("STC"));
        long lenient = Drafts.open(api, Drafts.reference(), Drafts.deadlineIn(6), true, List.of(), List.of("STC"));
        assertEquals(200, Drafts.save(api, strict, "stc", "AGREE", "[]").status());
        assertEquals(200, Drafts.save(api, lenient, "stc", "AGREE", "[]").status());
        Thread.sleep(7_000);

        Reply refused = Drafts.submit(api, strict, "stc");
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.json().getString("detail").startsWith("Đã hết hạn góp ý"), refused.body());
        assertEquals(409, Drafts.save(api, strict, "stc", "COMMENTS", "[]").status(), "the answer is locked");

        Reply late = Drafts.submit(api, lenient, "stc");
        assertEquals(201, late.status(), late.body());
        assertTrue(late.json().getBoolean("late"));
        JsonObject row = Drafts.row(api, lenient, "STC");
        assertEquals("LATE", row.getString("status"));
        assertTrue(row.getBoolean("late"));
        assertEquals(409, api.post(path(lenient, "/answers/mine/withdraw"), "stc", null).status(),
                "no withdrawal after the deadline");
    }

    @Test
    void withdrawingAndResubmittingKeepsEverySubmission() {
        long id = Drafts.open(api, Drafts.reference(), Drafts.deadlineIn(86_400), false, List.of(), List.of("STP"));
        Drafts.save(api, id, "stp", "COMMENTS", "[{\"path\":\"D1\",\"text\":\"Lần một\"}]");
        assertEquals("GY-" + id + "-STP-1", Drafts.submit(api, id, "stp").json().getString("receiptNumber"));
        assertEquals(409, Drafts.save(api, id, "stp", "AGREE", "[]").status(), "submitted answers are locked");

        Reply withdrawn = api.post(path(id, "/answers/mine/withdraw"), "stp", null);
        assertEquals(200, withdrawn.status(), withdrawn.body());
        long commentId = withdrawn.json().getJsonArray("comments").getJsonObject(0).getJsonNumber("id").longValue();
        Reply changed = Drafts.save(api, id, "stp", "COMMENTS",
                "[{\"id\":" + commentId + ",\"path\":\"D1\",\"text\":\"Lần hai\"}]");
        assertEquals(commentId, changed.json().getJsonArray("comments").getJsonObject(0).getJsonNumber("id")
                .longValue(), "a comment keeps its id");
        assertEquals("GY-" + id + "-STP-2", Drafts.submit(api, id, "stp").json().getString("receiptNumber"));

        List<JsonObject> submissions = api.get(path(id, "/answers/mine/submissions"), "stp").array()
                .getValuesAs(JsonObject.class);
        assertEquals(2, submissions.size());
        assertFalse(submissions.get(0).containsKey("withdrawnAt"));
        assertTrue(submissions.get(1).containsKey("withdrawnAt"));
        JsonObject comment = api.get(path(id, "/comments"), "board").json().getJsonArray("nodes")
                .getValuesAs(JsonObject.class).stream().filter(n -> n.getString("path").equals("D1")).findFirst()
                .orElseThrow().getJsonArray("comments").getJsonObject(0);
        assertEquals("Lần hai", comment.getString("text"));
        assertEquals(commentId, comment.getJsonNumber("commentId").longValue());
    }

    @Test
    void theBoardExtendsTheDeadlineForOneUnitAndItIsAudited() throws Exception {
        long id = Drafts.open(api, Drafts.reference(), Drafts.deadlineIn(6), false, List.of(), List.of("SCT", "SXD"));
        Reply extended = api.post(path(id, "/extend"), "board", "{\"deadline\":\"" + Drafts.deadlineIn(86_400)
                + "\",\"unit\":\"SCT\",\"reason\":\"Đơn vị xin thêm thời gian\"}");
        assertEquals(200, extended.status(), extended.body());
        Drafts.save(api, id, "sct", "AGREE", "[]");
        Drafts.save(api, id, "sxd", "AGREE", "[]");
        Thread.sleep(7_000);

        Reply sct = Drafts.submit(api, id, "sct");
        assertEquals(201, sct.status(), sct.body());
        assertFalse(sct.json().getBoolean("late"));
        assertEquals(409, Drafts.submit(api, id, "sxd").status());
        Reply audit = api.get("api/v1/audit?entityType=consultation&entityId=" + id, "admin");
        assertTrue(audit.body().contains("EXTEND") && audit.body().contains("Đơn vị xin thêm thời gian"),
                audit.body());
        Reply past = api.post(path(id, "/extend"), "board", "{\"deadline\":\"" + Drafts.deadlineIn(-60) + "\"}");
        assertEquals(400, past.status(), past.body());
    }

    @Test
    void remindersGoToUnitsThatHaveNotAnsweredOncePerDay() throws Exception {
        String reference = Drafts.reference();
        long id = Drafts.open(api, reference, Drafts.deadlineIn(5 * 86_400), false, List.of(),
                List.of("SNV", "SKHDT", "SGTVT"));
        Drafts.save(api, id, "snv", "AGREE", "[]");
        Drafts.submit(api, id, "snv");

        Reply reminded = api.post(path(id, "/remind"), "board", "{}");
        assertEquals(200, reminded.status(), reminded.body());
        assertEquals(2, reminded.json().getInt("count"));
        List<MimeMessage> mails = mailbox.waitFor("[Nhắc góp ý] " + reference, 2);
        assertEquals(Set.of("skhdt@demo.danhgia.local", "sgtvt@demo.danhgia.local"),
                mails.stream().map(Mailbox::to).collect(Collectors.toSet()));
        assertEquals(0, api.post(path(id, "/remind"), "board", "{}").json().getInt("count"), "once per day");
        assertTrue(Drafts.row(api, id, "SKHDT").containsKey("lastRemindedAt"));

        String soon = Drafts.reference();
        Drafts.open(api, soon, Drafts.deadlineIn(86_400), false, List.of(), List.of("SNNPTNT"));
        String later = Drafts.reference();
        Drafts.open(api, later, Drafts.deadlineIn(10 * 86_400), false, List.of(), List.of("SNNPTNT"));
        assertEquals(200, api.post("api/v1/consultations/reminders/run", "board", null).status());
        assertEquals(1, mailbox.waitFor("[Nhắc góp ý] " + soon, 1).size(), "deadline within 2 days: reminded");
        assertEquals(0, mailbox.matching("[Nhắc góp ý] " + later).size(), "deadline in 10 days: not yet");
    }

    @Test
    void exportsTheTrackingListAsAnExcelWorkbook() throws Exception {
        long id = Drafts.open(api, Drafts.reference(), Drafts.deadlineIn(86_400), false, List.of("THAM_MUU_TU"),
                List.of());
        Drafts.save(api, id, "vptu", "AGREE", "[]");
        Drafts.submit(api, id, "vptu");

        Reply file = api.get(path(id, "/status.xlsx"), "board");

        assertEquals(200, file.status());
        assertTrue(file.contentType().startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(3);
            assertEquals("Tên đơn vị", header.getCell(2).getStringCellValue());
            assertEquals("Trạng thái", header.getCell(4).getStringCellValue());
            assertEquals(4 + unitsOfGroup("THAM_MUU_TU").size(), sheet.getLastRowNum() + 1);
            Row vptu = unitRow(sheet, "VPTU");
            assertEquals("Đã gửi", vptu.getCell(4).getStringCellValue());
            assertEquals("Thống nhất với dự thảo", vptu.getCell(5).getStringCellValue());
            assertNull(header.getCell(11), "no task attached: no task column");
        }
    }

    @Test
    void theWorkbookShowsEachUnitsConcretizationProgressAsTheTrackingDoes() throws Exception {
        long id = Drafts.open(api, Drafts.reference(), Drafts.deadlineIn(86_400), false, List.of(),
                List.of("BNCTU", "STC"));
        assertEquals(200, api.put("api/v1/framework-tasks/" + id, "board", "{}").status());
        Map<String, JsonObject> progress = api.get("api/v1/framework-tasks/" + id + "/progress", "board").array()
                .getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(p -> p.getString("unitCode"), p -> p));

        Reply file = api.get(path(id, "/status.xlsx"), "board");

        assertEquals(200, file.status());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(3);
            assertEquals("Cụ thể hóa khung tiêu chí", header.getCell(11).getStringCellValue());
            assertEquals("Cụ thể hóa khung tiêu chí (chi tiết)", header.getCell(12).getStringCellValue());
            for (String unit : List.of("BNCTU", "STC")) {
                JsonObject p = progress.get(unit);
                assertNotNull(p, unit + " in " + progress);
                Row row = unitRow(sheet, unit);
                String state = p.getBoolean("available") ? p.getString("state") : "UNAVAILABLE";
                assertEquals(TASK_STATES.get(state), row.getCell(11).getStringCellValue(), unit + ": " + p);
                String detail = p.getInt("subjects") == 0 ? ""
                        : "đã duyệt " + p.getInt("approved") + "/" + p.getInt("subjects");
                assertEquals(detail, row.getCell(12).getStringCellValue(), unit + ": " + p);
            }
        }
    }

    /** The row of a unit in the status workbook (data rows start below the header on row 4). */
    private static Row unitRow(Sheet sheet, String unit) {
        for (int r = 4; r <= sheet.getLastRowNum(); r++) {
            if (unit.equals(sheet.getRow(r).getCell(1).getStringCellValue())) {
                return sheet.getRow(r);
            }
        }
        throw new AssertionError("No row for " + unit);
    }

    @Test
    void refusesBadInputAndKeepsMarkupAsText() {
        long id = Drafts.open(api, Drafts.reference(), Drafts.deadlineIn(86_400), false, List.of(), List.of("SYT"));

        Reply unknown = Drafts.save(api, id, "syt", "COMMENTS", "[{\"path\":\"D99.K1\",\"text\":\"x\"}]");
        assertEquals(400, unknown.status(), unknown.body());
        assertTrue(unknown.json().getString("detail").contains("D99.K1"), unknown.body());
        assertEquals("comments[0].path", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        String markup = "<script>alert('x')</script><b>đậm</b>";
        Reply saved = Drafts.save(api, id, "syt", "COMMENTS",
                "[{\"path\":\"D2.K1\",\"text\":\"" + markup.replace("'", "\\u0027") + "\"}]");
        assertEquals(200, saved.status(), saved.body());
        assertEquals(markup, api.get(path(id, "/answers/mine"), "syt").json().getJsonArray("comments")
                .getJsonObject(0).getString("text"));

        Reply stale = api.put(path(id, "/answers/mine"), "syt", "{\"stance\":\"AGREE\",\"comments\":[],\"version\":0}");
        assertEquals(409, stale.status(), stale.body());
        assertTrue(stale.json().getString("detail").contains("tải lại"), stale.body());

        long documentId = Drafts.upload(api);
        Reply past = api.post("api/v1/consultations", "board", "{\"title\":\"T\",\"reference\":\"1-CV\","
                + "\"documentId\":" + documentId + ",\"deadline\":\"2023-10-31T17:00:00+07:00\",\"lateAllowed\":false,"
                + "\"recipientGroups\":[\"SO_NGANH\"],\"recipientUnits\":[]}");
        assertEquals(400, past.status(), past.body());
        assertEquals("deadline", past.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(403, api.post("api/v1/consultations", "stc", "{}").status());
    }
}
