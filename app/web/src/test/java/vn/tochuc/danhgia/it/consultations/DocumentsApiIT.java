package vn.tochuc.danhgia.it.consultations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.it.support.Api;
import vn.tochuc.danhgia.it.support.Deployments;
import vn.tochuc.danhgia.it.support.Reply;
import vn.tochuc.danhgia.it.support.ServerTest;

/** {@code /api/v1/documents}: the Board uploads Word drafts, reads their outline and corrects it before sending. */
@ServerTest
class DocumentsApiIT {

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

    /** The actual JSON cut down to the fields of the expected JSON, recursively (arrays keep their length). */
    private static JsonValue project(JsonValue actual, JsonValue expected) {
        if (expected instanceof JsonObject shape && actual instanceof JsonObject object) {
            JsonObjectBuilder out = Json.createObjectBuilder();
            shape.forEach((key, value) -> {
                if (object.containsKey(key)) {
                    out.add(key, project(object.get(key), value));
                }
            });
            return out.build();
        }
        if (expected instanceof JsonArray shapes && actual instanceof JsonArray values && !shapes.isEmpty()) {
            JsonArrayBuilder out = Json.createArrayBuilder();
            for (int i = 0; i < values.size(); i++) {
                out.add(project(values.get(i), shapes.get(Math.min(i, shapes.size() - 1))));
            }
            return out.build();
        }
        return actual;
    }

    private static JsonObject fixtureOutline() {
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(Drafts.resource(Drafts.FIXTURE_OUTLINE), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    @Test
    void uploadingTheRealDraftGivesExactlyItsOutline() {
        Reply created = api.upload("api/v1/documents", "board", "file", Drafts.FIXTURE, Drafts.DOCX,
                Drafts.resource(Drafts.FIXTURE));

        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        Reply outline = api.get("api/v1/documents/" + id + "/outline", "board");
        assertEquals(200, outline.status(), outline.body());
        JsonObject expected = fixtureOutline();
        assertEquals(expected, project(outline.json(), expected));
        JsonObject d3 = outline.json().getJsonArray("chapters").getJsonObject(1).getJsonArray("articles")
                .getJsonObject(0);
        assertEquals("D3", d3.getString("path"));
        assertEquals("Điều 3. Khung tiêu chí đánh giá tập thể\nTổng điểm tối đa là 100 điểm, gồm:",
                d3.getString("text"));
        assertEquals("D3.K1", d3.getJsonArray("clauses").getJsonObject(0).getString("path"));
    }

    @Test
    void refusesAFileThatIsNotADocxWithAVietnameseMessage() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);

        Reply reply = api.upload("api/v1/documents", "board", "file", "du-thao.docx", Drafts.DOCX, junk);

        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.json().getString("detail").contains("không phải là văn bản Word (.docx) hợp lệ"),
                reply.body());
    }

    @Test
    void refusesAnOversizedUpload() {
        byte[] big = new byte[21 * 1024 * 1024];

        Reply reply = api.upload("api/v1/documents", "board", "file", "lon.docx", Drafts.DOCX, big);

        assertEquals(413, reply.status(), reply.body());
        assertTrue(reply.json().getString("detail").contains("20 MB"), reply.body());
    }

    @Test
    void refusesAZipBomb() throws Exception {
        Reply reply = api.upload("api/v1/documents", "board", "file", "bom.docx", Drafts.DOCX, Drafts.zipBomb(40));

        assertEquals(413, reply.status(), reply.body());
        assertTrue(reply.json().getString("detail").contains("bom nén"), reply.body());
    }

    @Test
    void refusesADraftWithoutAnyArticle() {
        Reply reply = api.upload("api/v1/documents", "board", "file", "thu.docx", Drafts.DOCX,
                Drafts.docx("CÔNG VĂN", "Về việc góp ý", "Kính gửi các cơ quan, đơn vị."));

        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.json().getString("detail").contains("Không tìm thấy Điều nào"), reply.body());
    }

    @Test
    void theBoardCorrectsTheStructureUntilTheVersionIsSent() {
        long id = Drafts.upload(api);
        JsonObject latest = api.get("api/v1/documents/" + id, "board").json().getJsonArray("versions")
                .getJsonObject(0);
        long version = latest.getJsonNumber("version").longValue();

        Reply edited = api.post("api/v1/documents/" + id + "/structure", "board",
                "{\"op\":\"UPDATE\",\"path\":\"D10\",\"title\":\"Hiệu lực và tổ chức thi hành\",\"version\":"
                        + version + "}");
        assertEquals(200, edited.status(), edited.body());
        Reply stale = api.post("api/v1/documents/" + id + "/structure", "board",
                "{\"op\":\"RENUMBER\",\"version\":" + version + "}");
        assertEquals(409, stale.status(), stale.body());
        JsonObject d10 = api.get("api/v1/documents/" + id + "/outline", "board").json().getJsonArray("chapters")
                .getJsonObject(3).getJsonArray("articles").getJsonObject(1);
        assertEquals("Hiệu lực và tổ chức thi hành", d10.getString("title"));

        String reference = Drafts.reference();
        long documentVersion = edited.json().getJsonNumber("version").longValue();
        String body = "{\"title\":\"Xin ý kiến\",\"reference\":\"" + reference + "\",\"documentId\":" + id
                + ",\"deadline\":\"" + Drafts.deadlineIn(86_400) + "\",\"lateAllowed\":false,"
                + "\"recipientGroups\":[],\"recipientUnits\":[\"STC\"]}";
        long consultation = api.post("api/v1/consultations", "board", body).json().getJsonNumber("id").longValue();
        assertEquals(200, api.post("api/v1/consultations/" + consultation + "/publish", "board", null).status());

        Reply refused = api.post("api/v1/documents/" + id + "/structure", "board",
                "{\"op\":\"RENUMBER\",\"version\":" + documentVersion + "}");
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.json().getString("detail").contains("Dự thảo lần 1 đã được gửi"), refused.body());

        Reply revised = api.post("api/v1/documents/" + id + "/revisions", "board", null);
        assertEquals(201, revised.status(), revised.body());
        assertEquals("Dự thảo lần 2", revised.json().getString("label"));
        assertFalse(revised.json().getBoolean("sent"));
    }

    @Test
    void onlyTheBoardUploadsAndReadsDrafts() {
        Reply unit = api.upload("api/v1/documents", "stc", "file", Drafts.FIXTURE, Drafts.DOCX,
                Drafts.resource(Drafts.FIXTURE));
        assertEquals(403, unit.status());
        long id = Drafts.upload(api);
        assertEquals(403, api.get("api/v1/documents/" + id + "/outline", "stc").status());
    }
}
