package vn.tochuc.danhgia.it.frameworks;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import vn.tochuc.danhgia.criteria.testkit.PluginSource;
import vn.tochuc.danhgia.it.support.Api;
import vn.tochuc.danhgia.it.support.Reply;

/** Shortcuts for the framework tests: targets as JSON, and the calls every scenario makes. */
final class Frameworks {

    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();

    private Frameworks() {}

    /** One target as JSON; {@code null} leaves a field out. */
    static String target(String title, String indicator, String value, String unit, String output, String deadline,
            String points) {
        return "{\"title\":" + quote(title) + ",\"indicator\":" + quote(indicator) + ",\"targetValue\":" + value
                + ",\"unit\":" + quote(unit) + ",\"output\":" + quote(output) + ",\"deadline\":"
                + (deadline == null ? "null" : quote(deadline)) + ",\"points\":" + points + "}";
    }

    /** The Sở Tài chính Director's four targets, adding up to 70; the revenue target's value is {@code revenue}. */
    static String stcChiefTargets(int revenue) {
        return "{\"2\":[" + String.join(",",
                target("Lãnh đạo giải ngân vốn đầu tư công năm " + YEAR, "Tỷ lệ giải ngân so với kế hoạch vốn được giao",
                        "95", "%", "Báo cáo giải ngân của Kho bạc Nhà nước tỉnh", YEAR + "-12-31", "25"),
                target("Chỉ đạo thu ngân sách nhà nước trên địa bàn đạt " + revenue + "% dự toán",
                        "Tỷ lệ thu so với dự toán HĐND tỉnh giao", Integer.toString(revenue), "%",
                        "Báo cáo thu ngân sách nhà nước năm " + YEAR, YEAR + "-12-31", "20"),
                target("Tham mưu dự toán ngân sách địa phương năm " + (YEAR + 1), "Tờ trình trình HĐND tỉnh đúng hạn",
                        "1", "văn bản", "Tờ trình dự toán ngân sách năm " + (YEAR + 1), YEAR + "-11-30", "15"),
                target("Chuyển đổi số trong quản lý ngân sách", "Tỷ lệ hồ sơ thanh toán trực tuyến", "90", "%",
                        "Báo cáo chuyển đổi số của Sở", YEAR + "-12-15", "10")) + "]}";
    }

    static String quote(String text) {
        return text == null ? "null" : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static Reply start(Api api, String user, String subject, Long personId) {
        return api.post("api/v1/frameworks", user, "{\"year\":" + YEAR + ",\"subjectType\":\"" + subject + "\""
                + (personId == null ? "" : ",\"personId\":" + personId) + "}");
    }

    /** Starts a framework and answers it; fails the test when that is refused. */
    static JsonObject started(Api api, String user, String subject, Long personId) {
        return ok(start(api, user, subject, personId), 201);
    }

    static Reply save(Api api, String user, long id, long version, String targets) {
        return api.put("api/v1/frameworks/" + id, user, "{\"version\":" + version + ",\"targets\":" + targets + "}");
    }

    static Reply submit(Api api, String user, long id) {
        return api.post("api/v1/frameworks/" + id + "/submit", user, "{}");
    }

    static Reply review(Api api, long id, String decision, String remarks) {
        return api.post("api/v1/frameworks/" + id + "/review", "board", "{\"decision\":\"" + decision
                + "\",\"remarks\":" + remarks + "}");
    }

    static long addDeputy(Api api, String user, String name, String field) {
        return ok(api.post("api/v1/framework-people", user, "{\"year\":" + YEAR + ",\"role\":\"DEPUTY\",\"fullName\":"
                + quote(name) + ",\"title\":\"Phó Giám đốc Sở\",\"field\":" + quote(field) + "}"), 201)
                .getJsonNumber("id").longValue();
    }

    static JsonObject ok(Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + ": " + reply);
        }
        return reply.json();
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    static long version(JsonObject o) {
        return o.getJsonNumber("version").longValue();
    }

    static byte[] pluginJar(PluginSource source) {
        try {
            Path dir = Files.createTempDirectory("it-plugin-");
            Path jar = source.build(dir.resolve(source.pluginId() + "-" + source.version() + ".jar"));
            byte[] bytes = Files.readAllBytes(jar);
            Files.delete(jar);
            Files.delete(dir);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Reply uploadPlugin(Api api, PluginSource source) {
        return api.upload("api/v1/plugins", "it", "file", source.pluginId() + "-" + source.version() + ".jar",
                "application/java-archive", pluginJar(source));
    }

    /** The draft regulation's .docx (the test fixture). */
    static byte[] fixture() {
        try (InputStream in = Frameworks.class.getResourceAsStream("/fixtures/du-thao-quy-dinh-danh-gia-xep-loai.docx")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes a consultation on a fresh upload of the draft fixture, carrying the framework task. */
    static long consultationWithTask(Api api, String groupsJson) {
        byte[] docx = fixture();
        long document = ok(api.upload("api/v1/documents", "board", "file", "du-thao.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx), 201)
                .getJsonNumber("id").longValue();
        String deadline = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(7).truncatedTo(ChronoUnit.MILLIS)
                .toString();
        String reference = UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-CV/BTCTU";
        long id = id(ok(api.post("api/v1/consultations", "board", "{\"title\":\"Xin ý kiến dự thảo và cụ thể hóa "
                + "khung tiêu chí\",\"reference\":\"" + reference + "\",\"letter\":\"\",\"documentId\":" + document
                + ",\"deadline\":\"" + deadline + "\",\"lateAllowed\":false,\"recipientGroups\":" + groupsJson
                + ",\"recipientUnits\":[]}"), 201));
        ok(api.put("api/v1/framework-tasks/" + id, "board", "{\"year\":" + YEAR + "}"), 200);
        ok(api.post("api/v1/consultations/" + id + "/publish", "board", null), 200);
        return id;
    }
}
