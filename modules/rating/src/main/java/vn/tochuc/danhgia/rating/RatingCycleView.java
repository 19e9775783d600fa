package vn.tochuc.danhgia.rating;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A rating cycle. The rule set is the one the year used when the cycle opened; it never changes afterwards.
 *
 * @param id                its id
 * @param year              the evaluation year
 * @param ruleSetId         the rule set, e.g. {@code QD366}
 * @param ruleSetVersion    its version
 * @param selfAssessmentDue the steps' deadlines, in Asia/Ho_Chi_Minh
 * @param commentsDue       …
 * @param appraisalDue      …
 * @param decisionDue       …
 * @param subjects          how many subjects it has, blocked ones included
 * @param blocked           how many are blocked (no approved framework)
 * @param createdBy         who opened it
 * @param createdAt         when
 * @param version           for optimistic locking
 */
public record RatingCycleView(long id, int year, String ruleSetId, int ruleSetVersion, OffsetDateTime selfAssessmentDue,
        OffsetDateTime commentsDue, OffsetDateTime appraisalDue, OffsetDateTime decisionDue, int subjects, int blocked,
        String createdBy, Instant createdAt, long version) {}
