package vn.tochuc.danhgia.it.consolidation;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import vn.tochuc.danhgia.it.support.Api;
import vn.tochuc.danhgia.it.support.Reply;

/**
 * The consultation the consolidation starts from, through the API: the fixture draft sent to the group SO_NGANH,
 * Sở Tài chính comments on khoản 1 Điều 3 and on Điều 6 and submits, Sở Giáo dục và Đào tạo agrees, Sở Y tế (and
 * the rest of the group) stays silent; then the Board closes it.
 */
final class Consolidations {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String FIXTURE = "du-thao-quy-dinh-danh-gia-xep-loai.docx";
    static final String K1_TEXT = "Đề nghị tăng nhóm tiêu chí xây dựng Đảng lên 35 điểm";
    static final String D6_TEXT = "Bổ sung quy định về tỷ lệ xếp loại đối với đơn vị có nhiều biên chế";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Consolidations() {}

    /** The scenario's ids. */
    record Closed(long id, long documentId, long k1, long d6) {}

    static byte[] fixture() {
        try (InputStream in = Consolidations.class.getResourceAsStream("/fixtures/" + FIXTURE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long upload(Api api) {
        return ok(api.upload("api/v1/documents", "board", "file", FIXTURE, DOCX, fixture()), 201).json()
                .getJsonNumber("id").longValue();
    }

    /** Publishes a consultation on a fresh upload to the groups and units; returns its id and document id. */
    static long[] open(Api api, List<String> groups, List<String> units) {
        long documentId = upload(api);
        String reference = COUNTER.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6)
                .toUpperCase() + "-CV/BTCTU";
        String deadline = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(7).toString();
        String body = "{\"title\":\"Xin ý kiến dự thảo Quy định đánh giá, xếp loại\",\"reference\":\"" + reference
                + "\",\"letter\":\"Đề nghị các cơ quan, đơn vị góp ý.\",\"documentId\":" + documentId
                + ",\"deadline\":\"" + deadline + "\",\"lateAllowed\":false,\"recipientGroups\":" + strings(groups)
                + ",\"recipientUnits\":" + strings(units) + "}";
        long id = ok(api.post("api/v1/consultations", "board", body), 201).json().getJsonNumber("id").longValue();
        ok(api.post("api/v1/consultations/" + id + "/publish", "board", null), 200);
        return new long[] {id, documentId};
    }

    /** The previous issue's scenario, closed by the Board. */
    static Closed scenario(Api api) {
        long[] opened = open(api, List.of("SO_NGANH"), List.of());
        long id = opened[0];
        answer(api, id, "stc", "COMMENTS", "[{\"path\":\"D3.K1\",\"text\":\"" + K1_TEXT + "\",\"proposedText\":"
                + "\"1. Nhóm tiêu chí về xây dựng Đảng và hệ thống chính trị: tối đa 35 điểm\",\"reason\":"
                + "\"Phù hợp thực tế của cơ quan\"},{\"path\":\"D6\",\"text\":\"" + D6_TEXT + "\"}]");
        answer(api, id, "sgddt", "AGREE", "[]");
        close(api, id);
        List<JsonObject> rows = dispositions(api, id);
        return new Closed(id, opened[1], commentId(rows, "D3.K1"), commentId(rows, "D6"));
    }

    static void answer(Api api, long id, String user, String stance, String comments) {
        long version = ok(api.get("api/v1/consultations/" + id + "/answers/mine", user), 200).json()
                .getJsonNumber("version").longValue();
        ok(api.put("api/v1/consultations/" + id + "/answers/mine", user, "{\"stance\":\"" + stance
                + "\",\"general\":\"\",\"comments\":" + comments + ",\"version\":" + version + "}"), 200);
        ok(api.post("api/v1/consultations/" + id + "/answers/mine/submit", user,
                "{\"signerName\":\"Nguyễn Văn An\",\"signerTitle\":\"Giám đốc\"}"), 201);
    }

    static void close(Api api, long id) {
        ok(api.post("api/v1/consultations/" + id + "/close", "board", null), 200);
    }

    static List<JsonObject> dispositions(Api api, long id) {
        return ok(api.get("api/v1/consultations/" + id + "/dispositions", "board"), 200).array()
                .getValuesAs(JsonObject.class);
    }

    static long commentId(List<JsonObject> rows, String path) {
        return rows.stream().filter(r -> r.getString("path").equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no comment on " + path + " in " + rows))
                .getJsonNumber("commentId").longValue();
    }

    static JsonObject row(List<JsonObject> rows, long commentId) {
        return rows.stream().filter(r -> r.getJsonNumber("commentId").longValue() == commentId).findFirst()
                .orElseThrow(() -> new AssertionError("no row for comment " + commentId));
    }

    static String decision(long commentId, String decision, String response, Long version) {
        return "{\"commentId\":" + commentId + ",\"decision\":\"" + decision + "\",\"response\":\"" + response
                + "\"" + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    static Reply put(Api api, long id, String user, String... rows) {
        return api.put("api/v1/consultations/" + id + "/dispositions", user, "[" + String.join(",", rows) + "]");
    }

    static String strings(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    static Reply ok(Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + ": " + reply);
        }
        return reply;
    }
}
