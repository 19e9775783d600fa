package vn.tochuc.danhgia.documents.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.documents.Fixtures;
import vn.tochuc.danhgia.documents.TestDocx;
import vn.tochuc.danhgia.documents.internal.docx.DocxOutlineParser;

class OutlineJsonTest {

    private static JsonObject fixtureJson() {
        return OutlineJson.toJson(DocxOutlineParser.parse(Fixtures.bytes(Fixtures.DRAFT)));
    }

    /** The actual JSON cut down to the fields the expected JSON has, recursively; arrays keep their length. */
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

    private static void eachObjectNode(JsonObject json, Consumer<JsonObject> check) {
        for (String list : List.of("chapters", "sections", "articles", "clauses")) {
            if (json.containsKey(list)) {
                json.getJsonArray(list).getValuesAs(JsonObject.class).forEach(node -> {
                    check.accept(node);
                    eachObjectNode(node, check);
                });
            }
        }
    }

    @Test
    void parsesFixtureIntoExpectedOutline() {
        JsonObject expected = Fixtures.json(Fixtures.DRAFT_OUTLINE);
        assertEquals(expected, project(fixtureJson(), expected));
    }

    @Test
    void putsPathAndTextOnEveryObjectNode() {
        int[] nodes = {0};
        eachObjectNode(fixtureJson(), node -> {
            nodes[0]++;
            assertFalse(node.getString("path").isEmpty(), node.toString());
            assertFalse(node.getString("text").isEmpty(), node.toString());
        });
        assertEquals(4 + 10 + 21, nodes[0]);
    }

    @Test
    void givesEachClauseItsPointLettersAndPointNodes() {
        JsonObject clause = fixtureJson().getJsonArray("chapters").getJsonObject(1).getJsonArray("articles")
                .getJsonObject(0).getJsonArray("clauses").getJsonObject(0);
        assertEquals("D3.K1", clause.getString("path"));
        assertEquals(1, clause.getInt("number"));
        assertEquals(List.of("a", "b", "c"), clause.getJsonArray("points").getValuesAs(JsonValue::toString)
                .stream().map(s -> s.replace("\"", "")).toList());
        JsonObject point = clause.getJsonArray("pointNodes").getJsonObject(0);
        assertEquals("D3.K1.a", point.getString("path"));
        assertEquals("Điểm a", point.getString("label"));
        assertTrue(point.getString("text").startsWith("a) Lãnh đạo, chỉ đạo công tác chính trị"));
    }

    @Test
    void mapsPreambleAndAnnexesWithTheirTables() {
        JsonObject json = fixtureJson();
        assertEquals("TỈNH ỦY QUẢNG NGÃI", json.getJsonArray("header").getJsonArray(0).getString(0));
        assertEquals("QUY ĐỊNH", json.getJsonArray("title").getString(0));
        assertEquals(3, json.getJsonArray("recitals").size());
        assertTrue(json.getBoolean("draft"));
        JsonObject annex = json.getJsonArray("annexes").getJsonObject(0);
        assertEquals("PL1", annex.getString("path"));
        assertEquals("Tổng cộng", annex.getJsonArray("tables").getJsonArray(0).getJsonArray(6).getString(1));
        assertFalse(json.containsKey("articles"), "a draft with chapters has no top-level articles");
    }

    @Test
    void nestsArticlesUnderSectionsWhenAChapterHasThem() {
        byte[] docx = TestDocx.create()
                .centered("Chương I").centered("CHUNG").p("Điều 1. Một")
                .centered("Chương II").centered("RIÊNG")
                .centered("Mục 1").centered("TẬP THỂ").p("Điều 2. Hai").p("1. Khoản")
                .bytes();
        JsonArray chapters = OutlineJson.toJson(DocxOutlineParser.parse(docx)).getJsonArray("chapters");
        assertTrue(chapters.getJsonObject(0).containsKey("articles"));
        JsonObject divided = chapters.getJsonObject(1);
        assertFalse(divided.containsKey("articles"));
        JsonObject section = divided.getJsonArray("sections").getJsonObject(0);
        assertEquals("C2.M1", section.getString("path"));
        assertEquals("TẬP THỂ", section.getString("title"));
        assertEquals("Mục 1\nTẬP THỂ", section.getString("text"));
        JsonObject article = section.getJsonArray("articles").getJsonObject(0);
        assertEquals(2, article.getInt("number"));
        assertEquals("D2.K1", article.getJsonArray("clauses").getJsonObject(0).getString("path"));
    }

    @Test
    void listsArticlesAtTheTopWhenTheDraftHasNoChapters() {
        byte[] docx = TestDocx.create().p("Điều 1. Một").p("Điều 2. Hai").bytes();
        JsonObject json = OutlineJson.toJson(DocxOutlineParser.parse(docx));
        assertEquals(0, json.getJsonArray("chapters").size());
        assertEquals("D2", json.getJsonArray("articles").getJsonObject(1).getString("path"));
    }
}
