package vn.tochuc.danhgia.documents.internal;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.documents.Annex;
import vn.tochuc.danhgia.documents.Block;
import vn.tochuc.danhgia.documents.NodeKind;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.OutlineNode;
import vn.tochuc.danhgia.documents.Paragraph;
import vn.tochuc.danhgia.documents.Table;

/**
 * The canonical stored form of an outline: every field of every record, so that reading it back gives an equal
 * {@link Outline}. (The REST form, {@code rest.OutlineJson}, is shaped for readers and drops the node kinds.)
 */
public final class OutlineCodec {

    private OutlineCodec() {}

    public static String write(Outline o) {
        return Json.createObjectBuilder()
                .add("header", rows(o.header()))
                .add("draftMarker", o.draftMarker())
                .add("titleLines", strings(o.titleLines()))
                .add("recitals", strings(o.recitals()))
                .add("enactingLine", o.enactingLine())
                .add("chapters", nodes(o.chapters()))
                .add("articles", nodes(o.articles()))
                .add("closing", strings(o.closing()))
                .add("annexes", annexes(o.annexes()))
                .build().toString();
    }

    public static Outline read(String json) {
        JsonObject o;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            o = reader.readObject();
        }
        return new Outline(table(o.getJsonArray("header")), o.getString("draftMarker"),
                strings(o.getJsonArray("titleLines")), strings(o.getJsonArray("recitals")), o.getString("enactingLine"),
                nodes(o.getJsonArray("chapters")), nodes(o.getJsonArray("articles")), strings(o.getJsonArray("closing")),
                o.getJsonArray("annexes").getValuesAs(JsonObject.class).stream().map(OutlineCodec::annex).toList());
    }

    private static JsonArrayBuilder nodes(List<OutlineNode> nodes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (OutlineNode n : nodes) {
            array.add(Json.createObjectBuilder().add("kind", n.kind().name()).add("path", n.path())
                    .add("label", n.label()).add("number", n.number()).add("title", n.title()).add("text", n.text())
                    .add("children", nodes(n.children())));
        }
        return array;
    }

    private static List<OutlineNode> nodes(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream().map(n -> new OutlineNode(
                NodeKind.valueOf(n.getString("kind")), n.getString("path"), n.getString("label"), n.getString("number"),
                n.getString("title"), n.getString("text"), nodes(n.getJsonArray("children")))).toList();
    }

    private static JsonArrayBuilder annexes(List<Annex> annexes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Annex a : annexes) {
            JsonArrayBuilder body = Json.createArrayBuilder();
            for (Block block : a.body()) {
                body.add(block instanceof Table t ? Json.createObjectBuilder().add("table", rows(t))
                        : Json.createObjectBuilder().add("paragraph", block.text()));
            }
            array.add(Json.createObjectBuilder().add("path", a.path()).add("label", a.label()).add("number", a.number())
                    .add("heading", a.heading()).add("title", a.title()).add("titleLines", strings(a.titleLines()))
                    .add("body", body));
        }
        return array;
    }

    private static Annex annex(JsonObject a) {
        List<Block> body = new ArrayList<>();
        for (JsonObject block : a.getJsonArray("body").getValuesAs(JsonObject.class)) {
            body.add(block.containsKey("table") ? table(block.getJsonArray("table"))
                    : new Paragraph(block.getString("paragraph")));
        }
        return new Annex(a.getString("path"), a.getString("label"), a.getString("number"), a.getString("heading"),
                a.getString("title"), strings(a.getJsonArray("titleLines")), body);
    }

    private static JsonArrayBuilder rows(Table table) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        table.rows().forEach(row -> rows.add(strings(row)));
        return rows;
    }

    private static Table table(JsonArray rows) {
        return new Table(rows.getValuesAs(JsonArray.class).stream().map(OutlineCodec::strings).toList());
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
