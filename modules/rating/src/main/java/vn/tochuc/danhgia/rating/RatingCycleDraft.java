package vn.tochuc.danhgia.rating;

import java.time.OffsetDateTime;

/**
 * What the Board gives to open a year's rating cycle: the year and the deadline of each step, in order (ISO date-times
 * with an offset; shown in Asia/Ho_Chi_Minh).
 *
 * @param year              the evaluation year
 * @param selfAssessmentDue units' self-assessments
 * @param commentsDue       the collectives' comments on their chief and deputies
 * @param appraisalDue      the Board's appraisal and proposals
 * @param decisionDue       the Standing Committee's decision
 */
public record RatingCycleDraft(Integer year, OffsetDateTime selfAssessmentDue, OffsetDateTime commentsDue,
        OffsetDateTime appraisalDue, OffsetDateTime decisionDue) {}
