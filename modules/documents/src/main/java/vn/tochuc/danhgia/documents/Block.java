package vn.tochuc.danhgia.documents;

/**
 * One block of an annex body, in document order: a paragraph or a table.
 *
 * <p>Sealed so that a consumer handles exactly these two cases.
 */
public sealed interface Block permits Paragraph, Table {

    /** The block as plain text: the paragraph, or the table with one line per row (see {@link Table#text()}). */
    String text();
}
