package vn.tochuc.danhgia.documents;

/**
 * The kinds of node a draft regulation is made of, from the largest to the smallest.
 *
 * <p>{@code ANNEX} is the kind of the node that stands for a whole phụ lục, so that a comment can point at it like
 * at any other part (see {@link Annex#node()}).
 */
public enum NodeKind {
    /** Chương. */
    CHAPTER,
    /** Mục, always inside a chương. */
    SECTION,
    /** Điều. */
    ARTICLE,
    /** Khoản, inside an điều. */
    CLAUSE,
    /** Điểm, inside a khoản (or, rarely, directly inside an điều). */
    POINT,
    /** Phụ lục. */
    ANNEX
}
