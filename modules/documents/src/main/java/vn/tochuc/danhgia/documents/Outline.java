package vn.tochuc.danhgia.documents;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The structure of a draft regulation, as read from its .docx.
 *
 * <p>A document either has chapters (then {@code articles} is normally empty and the articles sit in the chapters or
 * their sections) or has none (then the articles are here, at the top). Article numbers are unique in a document,
 * which is why article paths do not depend on the chapter.
 *
 * @param header the header block (the table at the top with the issuing body, "ĐẢNG CỘNG SẢN VIỆT NAM", the place
 *     and date, the number); when the drafter typed the issuing body as lines above the title instead, those lines
 *     as one cell; empty when the document has neither
 * @param draftMarker the draft marker as typed ("DỰ THẢO", or with the draft's number), {@code ""} for a final text
 * @param titleLines the title block ("QUY ĐỊNH", "cụ thể hóa …"), exactly as typed, without decorative rules
 * @param recitals the căn cứ paragraphs, exactly as typed ("- Căn cứ Điều lệ Đảng;")
 * @param enactingLine the line that enacts the text ("Ban Thường vụ Tỉnh ủy quy định như sau:"), or {@code ""}
 * @param chapters the chapters in document order
 * @param articles the articles that are in no chapter (all of them when the document has no chapters)
 * @param closing the signature and "Nơi nhận" block after the last article, one entry per paragraph or table row
 * @param annexes the phụ lục, in document order
 */
public record Outline(
        Table header, String draftMarker, List<String> titleLines, List<String> recitals, String enactingLine,
        List<OutlineNode> chapters, List<OutlineNode> articles, List<String> closing, List<Annex> annexes) {

    public Outline {
        header = header == null ? Table.empty() : header;
        draftMarker = draftMarker == null ? "" : draftMarker;
        enactingLine = enactingLine == null ? "" : enactingLine;
        titleLines = List.copyOf(titleLines);
        recitals = List.copyOf(recitals);
        chapters = List.copyOf(chapters);
        articles = List.copyOf(articles);
        closing = List.copyOf(closing);
        annexes = List.copyOf(annexes);
    }

    public boolean isDraft() {
        return !draftMarker.isEmpty();
    }

    /** Every article in document order, wherever it sits. */
    public List<OutlineNode> allArticles() {
        return nodes().filter(node -> node.kind() == NodeKind.ARTICLE).toList();
    }

    /**
     * Every node a comment may point at, in document order: chapters, sections, articles, clauses and points (each
     * parent before its children), then the annexes as {@link NodeKind#ANNEX} nodes.
     */
    public List<OutlineNode> commentable() {
        return Stream.concat(nodes(), annexes.stream().map(Annex::node)).toList();
    }

    /** The node with this path (annexes included), e.g. {@code D3.K1.a} or {@code PL1}. */
    public Optional<OutlineNode> find(String path) {
        Objects.requireNonNull(path, "path");
        return commentable().stream().filter(node -> node.path().equals(path)).findFirst();
    }

    private Stream<OutlineNode> nodes() {
        return Stream.concat(chapters.stream(), articles.stream()).flatMap(OutlineNode::flatten);
    }
}
