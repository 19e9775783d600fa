package vn.tochuc.danhgia.rating;

import java.math.BigDecimal;
import java.time.Instant;

/** The receipt of a submitted self-assessment, with the total and the level the rule set derived at submission. */
public record SelfAssessmentReceipt(long subjectId, String receiptNumber, Instant submittedAt, String signerName,
        String signerTitle, BigDecimal total, Level derivedLevel) {}
