package vn.tochuc.danhgia.documents.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import vn.tochuc.danhgia.documents.Annex;
import vn.tochuc.danhgia.documents.NodeKind;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.OutlineNode;
import vn.tochuc.danhgia.documents.Table;

/**
 * The JSON form of an {@link Outline}, as the screens and the comment API show it.
 *
 * <p>The nesting follows the document: {@code chapters[].articles[].clauses[]}, or
 * {@code chapters[].sections[].articles[]} for a chapter divided into Mục (that chapter then has no
 * {@code articles} of its own), and a top-level {@code articles} when the document has no chapters. A clause keeps
 * {@code points} as the list of its letters ("a", "b", "đ") and gives the nodes themselves in {@code pointNodes}.
 * Every object node carries {@code path} and {@code text}. Numbers of chapters, sections, articles and clauses are
 * JSON numbers; point letters are strings.
 */
public final class OutlineJson {

    private OutlineJson() {}

    public static JsonObject toJson(Outline outline) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("draft", outline.isDraft())
                .add("draftMarker", outline.draftMarker())
                .add("header", rows(outline.header()))
                .add("title", strings(outline.titleLines()))
                .add("recitals", strings(outline.recitals()))
                .add("enactingLine", outline.enactingLine())
                .add("chapters", nodes(outline.chapters()));
        if (!outline.articles().isEmpty()) {
            json.add("articles", nodes(outline.articles()));
        }
        JsonArrayBuilder annexes = Json.createArrayBuilder();
        outline.annexes().forEach(annex -> annexes.add(annex(annex)));
        return json.add("closing", strings(outline.closing())).add("annexes", annexes).build();
    }

    private static JsonArray nodes(List<OutlineNode> nodes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        nodes.forEach(node -> array.add(node(node)));
        return array.build();
    }

    private static JsonObject node(OutlineNode node) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("path", node.path())
                .add("label", node.label())
                .add("number", node.numberValue());
        if (node.kind() != NodeKind.CLAUSE) {
            json.add("title", node.title());
        }
        json.add("text", node.text());
        switch (node.kind()) {
            case CHAPTER:
                List<OutlineNode> sections = node.children(NodeKind.SECTION);
                return json.add(sections.isEmpty() ? "articles" : "sections",
                        nodes(sections.isEmpty() ? node.children(NodeKind.ARTICLE) : sections)).build();
            case SECTION:
                return json.add("articles", nodes(node.children(NodeKind.ARTICLE))).build();
            case ARTICLE:
                json.add("clauses", nodes(node.children(NodeKind.CLAUSE)));
                List<OutlineNode> loosePoints = node.children(NodeKind.POINT);
                // Rare: điểm typed straight under an article. Listed only when present, to keep the usual shape.
                return loosePoints.isEmpty() ? json.build() : json.add("pointNodes", points(loosePoints)).build();
            default:
                List<OutlineNode> points = node.children(NodeKind.POINT);
                JsonArrayBuilder letters = Json.createArrayBuilder();
                points.forEach(point -> letters.add(point.number()));
                return json.add("points", letters).add("pointNodes", points(points)).build();
        }
    }

    private static JsonArray points(List<OutlineNode> points) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        points.forEach(point -> array.add(Json.createObjectBuilder()
                .add("label", point.label())
                .add("number", point.number())
                .add("path", point.path())
                .add("text", point.text())));
        return array.build();
    }

    private static JsonObject annex(Annex annex) {
        JsonArrayBuilder tables = Json.createArrayBuilder();
        annex.tables().forEach(table -> tables.add(rows(table)));
        return Json.createObjectBuilder()
                .add("path", annex.path())
                .add("label", annex.label())
                .add("number", Integer.parseInt(annex.number()))
                .add("heading", annex.heading())
                .add("title", annex.title())
                .add("titleLines", strings(annex.titleLines()))
                .add("paragraphs", strings(annex.paragraphs()))
                .add("tables", tables)
                .add("text", annex.text())
                .build();
    }

    private static JsonArray rows(Table table) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        table.rows().forEach(row -> rows.add(strings(row)));
        return rows.build();
    }

    private static JsonArray strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array.build();
    }
}
