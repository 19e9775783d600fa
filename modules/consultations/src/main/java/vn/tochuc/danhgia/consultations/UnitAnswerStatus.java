package vn.tochuc.danhgia.consultations;

/** Where a recipient unit is, as the Board's tracking shows it. */
public enum UnitAnswerStatus { NOT_OPENED, OPENED, DRAFT, SUBMITTED, LATE }
