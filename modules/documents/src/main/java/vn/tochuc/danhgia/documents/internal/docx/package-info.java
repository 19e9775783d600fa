/**
 * Reading and writing draft regulations as Word files, with Apache POI.
 *
 * <p>{@link vn.tochuc.danhgia.documents.internal.docx.DocxOutlineParser} checks the bytes (size, format, zip bomb)
 * before POI opens them, then reads the body paragraph by paragraph: {@code LineReader} gives each paragraph its
 * text as Word shows it (automatic numbering computed), {@code Headings} recognises what it opens, and
 * {@code OutlineAssembler} sends it to the preamble, the body tree, the closing block or an annex.
 * {@link vn.tochuc.danhgia.documents.internal.docx.DocxWriter} writes an outline back, and
 * {@link vn.tochuc.danhgia.documents.internal.docx.SyntheticDraft} makes large drafts for benchmarks.
 */
package vn.tochuc.danhgia.documents.internal.docx;
