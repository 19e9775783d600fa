/**
 * Draft regulations: the outline of a draft typed in Word, with stable paths that comments point at.
 *
 * <p>This root package is the module's API: the immutable outline ({@link vn.tochuc.danhgia.documents.Outline},
 * {@link vn.tochuc.danhgia.documents.OutlineNode}, {@link vn.tochuc.danhgia.documents.Annex} and their blocks).
 * The sub-packages ({@code internal.docx}: reading and writing .docx; {@code rest}: the JSON mapping) are private to
 * the module.
 *
 * <h2>Paths</h2>
 * A path names a node independently of where the text around it moves, so a comment stays attached to "khoản 1
 * of Điều 3" when a paragraph is inserted elsewhere. Segments are joined with {@code .}:
 * <ul>
 *   <li>{@code C2}: Chương II (the Roman numeral written as an arabic number);</li>
 *   <li>{@code C2.M1}: Mục 1 of Chương II (sections are numbered within their chapter);</li>
 *   <li>{@code D3}: Điều 3. Article numbers are unique in a document, so article paths are flat: they do not
 *       change when an article moves to another chapter;</li>
 *   <li>{@code D3.K1}: khoản 1 of Điều 3;</li>
 *   <li>{@code D3.K1.a}: điểm a of that khoản. The letter is kept as typed, Vietnamese letters included
 *       ({@code D3.K1.đ}). A điểm typed directly under an article, without khoản, is {@code D3.a};</li>
 *   <li>{@code PL1}, {@code PL2}: the annexes by order of appearance. A single unnumbered "PHỤ LỤC" is
 *       {@code PL1} too, so that adding a second annex later does not rename the first.</li>
 * </ul>
 * Numbers are the ones the document shows (typed, or computed from Word's automatic numbering), not positions:
 * a draft numbered 1, 2, 4 has {@code D4}, not {@code D3}.
 *
 * <h2>Text</h2>
 * Text is kept exactly as typed, including the typed number or letter ("a) Lãnh đạo, …"); for a paragraph numbered
 * by Word the computed label is put in front as Word shows it ("1. ", "a) "). Only the whitespace around a paragraph
 * is trimmed. What each node's {@code text} covers is described on {@link vn.tochuc.danhgia.documents.OutlineNode}.
 */
package vn.tochuc.danhgia.documents;
