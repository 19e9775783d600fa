package vn.tochuc.danhgia.documents;

import java.util.Objects;

/**
 * A paragraph of an annex body.
 *
 * @param text the paragraph text exactly as in the document (surrounding whitespace trimmed; a line break typed
 *     inside the paragraph is kept as {@code \n})
 */
public record Paragraph(String text) implements Block {

    public Paragraph {
        Objects.requireNonNull(text, "text");
    }
}
