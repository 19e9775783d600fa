package vn.tochuc.danhgia.it.consultations;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.tochuc.danhgia.it.support.Api;
import vn.tochuc.danhgia.it.support.Reply;

/** Draft files and consultations for the tests: the real fixture, small and malicious .docx, and API shortcuts. */
final class Drafts {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String FIXTURE = "du-thao-quy-dinh-danh-gia-xep-loai.docx";
    static final String FIXTURE_OUTLINE = "du-thao-quy-dinh-danh-gia-xep-loai.outline.json";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Drafts() {}

    static byte[] resource(String name) {
        try (InputStream in = Drafts.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .docx with the given paragraphs, as POI writes it. */
    static byte[] docx(String... paragraphs) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small .docx whose document.xml inflates to {@code megabytes} MB of one letter: a zip bomb. */
    static byte[] zipBomb(int megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx("Điều 1. Phạm vi")));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas."
                            + "openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
                            .getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = new byte[1024 * 1024];
                    Arrays.fill(chunk, (byte) 'A');
                    for (int i = 0; i < megabytes; i++) {
                        zip.write(chunk);
                    }
                    zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static long upload(Api api) {
        Reply reply = api.upload("api/v1/documents", "board", "file", FIXTURE, DOCX, resource(FIXTURE));
        if (reply.status() != 201) {
            throw new AssertionError(reply.toString());
        }
        return reply.json().getJsonNumber("id").longValue();
    }

    /** A unique letter number, so each test finds its own mails and notices. */
    static String reference() {
        return COUNTER.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase()
                + "-CV/BTCTU";
    }

    static String deadlineIn(long seconds) {
        return OffsetDateTime.now(ZoneOffset.ofHours(7)).plusSeconds(seconds).truncatedTo(ChronoUnit.MILLIS)
                .toString();
    }

    /** Creates and publishes a consultation on a fresh upload of the fixture; returns its id. */
    static long open(Api api, String reference, String deadline, boolean lateAllowed, List<String> groups,
            List<String> units) {
        long documentId = upload(api);
        String body = "{\"title\":\"Xin ý kiến dự thảo Quy định đánh giá, xếp loại\",\"reference\":\"" + reference
                + "\",\"letter\":\"Đề nghị các cơ quan, đơn vị góp ý.\",\"documentId\":" + documentId
                + ",\"deadline\":\"" + deadline + "\",\"lateAllowed\":" + lateAllowed + ",\"recipientGroups\":"
                + strings(groups) + ",\"recipientUnits\":" + strings(units) + "}";
        Reply created = api.post("api/v1/consultations", "board", body);
        if (created.status() != 201) {
            throw new AssertionError(created.toString());
        }
        long id = created.json().getJsonNumber("id").longValue();
        Reply published = api.post("api/v1/consultations/" + id + "/publish", "board", null);
        if (published.status() != 200) {
            throw new AssertionError(published.toString());
        }
        return id;
    }

    static String strings(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    /** The unit's answer version, read as the unit. */
    static long version(Api api, long id, String user) {
        return api.get("api/v1/consultations/" + id + "/answers/mine", user).json().getJsonNumber("version")
                .longValue();
    }

    static Reply save(Api api, long id, String user, String stance, String commentsJson) {
        long version = version(api, id, user);
        return api.put("api/v1/consultations/" + id + "/answers/mine", user, "{\"stance\":\"" + stance
                + "\",\"general\":\"\",\"comments\":" + commentsJson + ",\"version\":" + version + "}");
    }

    static Reply submit(Api api, long id, String user) {
        return api.post("api/v1/consultations/" + id + "/answers/mine/submit", user,
                "{\"signerName\":\"Nguyễn Văn An\",\"signerTitle\":\"Giám đốc\"}");
    }

    static JsonObject row(Api api, long id, String unit) {
        return api.get("api/v1/consultations/" + id + "/status", "board").array().getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getString("unit").equals(unit)).findFirst()
                .orElseThrow(() -> new AssertionError("no status row for " + unit));
    }
}
