package vn.tochuc.danhgia.it.rating;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import vn.tochuc.danhgia.it.support.Api;
import vn.tochuc.danhgia.it.support.Reply;

/**
 * The rating tests' year and the frameworks they need: 2025 (rule set QD366), which no other test concretizes.
 * Sở Tài chính gets its collective and chief approved (its deputy is listed but never started), Sở Giáo dục và Đào
 * tạo its collective; every other unit has no framework for 2025.
 */
final class Ratings {

    static final int YEAR = 2025;

    private Ratings() {}

    static Reply expect(Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + ": " + reply);
        }
        return reply;
    }

    static JsonObject ok(Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + ": " + reply);
        }
        return reply.body().isEmpty() ? null : reply.json();
    }

    static String target(String title, String indicator, String value, String unit, String output, String deadline,
            String points) {
        return "{\"title\":\"" + title + "\",\"indicator\":\"" + indicator + "\",\"targetValue\":" + value
                + ",\"unit\":\"" + unit + "\",\"output\":\"" + output + "\",\"deadline\":\"" + deadline
                + "\",\"points\":" + points + "}";
    }

    /** Sở Tài chính's four targets (25, 20, 15 and 10 points), for its collective and its chief alike. */
    static String financeTargets() {
        return "{\"2\":[" + String.join(",",
                target("Giải ngân vốn đầu tư công năm 2025", "Tỷ lệ giải ngân so với kế hoạch vốn được giao", "95", "%",
                        "Báo cáo giải ngân của Kho bạc Nhà nước tỉnh", "2025-12-31", "25"),
                target("Thu ngân sách nhà nước trên địa bàn đạt dự toán", "Tỷ lệ thu so với dự toán", "100", "%",
                        "Báo cáo thu ngân sách nhà nước năm 2025", "2025-12-31", "20"),
                target("Tham mưu dự toán ngân sách địa phương năm 2026", "Tờ trình trình HĐND tỉnh đúng hạn", "1",
                        "văn bản", "Tờ trình dự toán ngân sách năm 2026", "2025-11-30", "15"),
                target("Chuyển đổi số trong quản lý ngân sách", "Tỷ lệ hồ sơ thanh toán trực tuyến", "90", "%",
                        "Báo cáo chuyển đổi số của Sở", "2025-12-15", "10")) + "]}";
    }

    static String educationTargets() {
        return "{\"2\":[" + String.join(",",
                target("Tỷ lệ học sinh tốt nghiệp trung học phổ thông", "Tỷ lệ tốt nghiệp", "98", "%",
                        "Báo cáo kết quả kỳ thi tốt nghiệp năm 2025", "2025-08-31", "30"),
                target("Trường đạt chuẩn quốc gia", "Tỷ lệ trường đạt chuẩn", "70", "%",
                        "Quyết định công nhận trường đạt chuẩn", "2025-12-31", "20"),
                target("Chuyển đổi số trong quản lý giáo dục", "Tỷ lệ hồ sơ trực tuyến", "90", "%",
                        "Báo cáo chuyển đổi số của Sở", "2025-12-15", "20")) + "]}";
    }

    /** A deputy's two targets in the field "2.a" (30 and 20 points). */
    static String deputyTargets() {
        return "{\"2.a\":[" + String.join(",",
                target("Tham mưu phân bổ dự toán ngân sách năm 2026", "Tờ trình đúng hạn", "1", "văn bản",
                        "Tờ trình phân bổ dự toán", "2025-11-30", "30"),
                target("Thẩm định quyết toán ngân sách huyện", "Tỷ lệ hồ sơ thẩm định đúng hạn", "100", "%",
                        "Thông báo thẩm định quyết toán", "2025-10-31", "20")) + "]}";
    }

    /** Starts, fills in, submits and approves one framework of 2025 ({@code personId} for a deputy, else null). */
    static void approvedFramework(Api api, String user, String subject, Long personId, String targets) {
        JsonObject started = ok(api.post("api/v1/frameworks", user, "{\"year\":" + YEAR + ",\"subjectType\":\""
                + subject + "\"" + (personId == null ? "" : ",\"personId\":" + personId) + "}"), 201);
        long id = started.getJsonNumber("id").longValue();
        JsonObject saved = ok(api.put("api/v1/frameworks/" + id, user, "{\"version\":"
                + started.getJsonNumber("version").longValue() + ",\"targets\":" + targets + "}"), 200);
        if (!saved.getJsonObject("check").getBoolean("ok")) {
            throw new AssertionError("targets refused: " + saved.getJsonObject("check"));
        }
        ok(api.post("api/v1/frameworks/" + id + "/submit", user, "{}"), 200);
        ok(api.post("api/v1/frameworks/" + id + "/review", "board", "{\"decision\":\"APPROVE\",\"remarks\":[]}"), 200);
    }

    static String at(long days) {
        return OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(days).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String cycle(int year, long selfDays, long commentsDays, long appraisalDays, long decisionDays) {
        return "{\"year\":" + year + ",\"selfAssessmentDue\":\"" + at(selfDays) + "\",\"commentsDue\":\""
                + at(commentsDays) + "\",\"appraisalDue\":\"" + at(appraisalDays) + "\",\"decisionDue\":\""
                + at(decisionDays) + "\"}";
    }

    /** A self-assessment save: each criterion's points as {@code points} gives them, and the targets' results. */
    static String edit(JsonObject view, Function<JsonObject, String> points, String targets, String extra) {
        List<String> criteria = view.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .map(c -> "{\"code\":\"" + c.getString("code") + "\",\"points\":" + points.apply(c) + "}").toList();
        return "{\"version\":" + view.getJsonNumber("version").longValue() + ",\"criteria\":[" + String.join(",", criteria)
                + "],\"targets\":" + targets + (extra == null ? "" : "," + extra) + "}";
    }

    /** Results of Sở Tài chính's four targets: the first three done as planned, the last half done and late. */
    static String financeResults() {
        return "[{\"criterionCode\":\"2\",\"targetIndex\":0,\"achieved\":95,\"output\":\"Báo cáo số 12/BC-KBNN\","
                + "\"outcome\":\"DONE\"},{\"criterionCode\":\"2\",\"targetIndex\":1,\"achieved\":100,\"output\":"
                + "\"Báo cáo thu ngân sách\",\"outcome\":\"EXCEEDED\"},{\"criterionCode\":\"2\",\"targetIndex\":2,"
                + "\"achieved\":1,\"output\":\"Tờ trình số 45/TTr-STC\",\"outcome\":\"DONE\"},{\"criterionCode\":\"2\","
                + "\"targetIndex\":3,\"achieved\":45,\"output\":\"Báo cáo chuyển đổi số\",\"outcome\":\"LATE\"}]";
    }
}
