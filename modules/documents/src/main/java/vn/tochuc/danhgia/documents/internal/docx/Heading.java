package vn.tochuc.danhgia.documents.internal.docx;

import vn.tochuc.danhgia.documents.NodeKind;

/**
 * What a paragraph opens, as recognised from its first words.
 *
 * @param kind the kind of node the paragraph starts
 * @param numeral the number or letter as typed ("II", "3", "đ"); {@code ""} for an unnumbered "PHỤ LỤC"
 * @param title the title typed on the same line, whitespace collapsed; {@code ""} when there is none
 */
record Heading(NodeKind kind, String numeral, String title) {}
