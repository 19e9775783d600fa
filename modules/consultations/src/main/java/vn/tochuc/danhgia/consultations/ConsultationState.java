package vn.tochuc.danhgia.consultations;

/** Where a consultation is: prepared, open for answers, closed, then consolidated (by the consolidation work). */
public enum ConsultationState { DRAFT, OPEN, CLOSED, CONSOLIDATED }
