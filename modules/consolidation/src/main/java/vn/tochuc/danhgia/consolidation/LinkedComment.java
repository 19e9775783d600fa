package vn.tochuc.danhgia.consolidation;

/** A comment as a change of the revised draft shows it: who said what, and what the Board decided. */
public record LinkedComment(long commentId, String unit, String unitName, String path, String provision, String text,
        Decision decision, String response) {}
