package vn.tochuc.danhgia.consultations;

/** A unit's answer as a whole: "Thống nhất với dự thảo" (no comments) or "Có ý kiến". */
public enum Stance { AGREE, COMMENTS }
