package vn.tochuc.danhgia.consolidation;

import java.time.LocalDate;

/** {@code POST …/issue}: the number and date the final text is issued (ban hành) under, e.g. "15-QĐ/TU". */
public record IssueRequest(String number, LocalDate issuedOn) {}
