package vn.tochuc.danhgia.rating;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A subject's self-assessment as its unit and the Board see it.
 *
 * @param subjectId               the subject
 * @param cycleId                 its cycle
 * @param year                    the year
 * @param unitCode                the unit
 * @param unitName                its name
 * @param kind                    collective, chief or deputy
 * @param personName              the chief's or deputy's name, or empty
 * @param state                   DRAFT or SUBMITTED
 * @param version                 send it back with a save or submit
 * @param ruleSetId               the cycle's rule set
 * @param ruleSetVersion          its version
 * @param pointStep               the steps points are given in (e.g. 0.25)
 * @param due                     the self-assessment deadline for this unit (extended or the cycle's)
 * @param criteria                the scored criteria with the unit's points and the plugin's suggestions
 * @param targets                 the approved targets with what the unit declared
 * @param total                   the sum of the points given
 * @param max                     the sum of the criteria's maxima
 * @param derivedLevel            the level the rule set derives from what is entered (unscored criteria count 0)
 * @param reasons                 the rule set's reasons
 * @param hint                    the plugin's explanation of its suggestions, or {@code null} when it has none
 * @param collectiveComments      for an individual: the collective's comments
 * @param collectiveProposedLevel for an individual: the level the collective proposes
 * @param evidence                the evidence files
 * @param receiptNumber           once submitted: the receipt number
 * @param signerName              who signed
 * @param signerTitle             the signer's title
 * @param submittedAt             when
 * @param updatedBy               who last saved
 * @param updatedAt               when
 */
public record SelfAssessmentView(long subjectId, long cycleId, int year, String unitCode, String unitName,
        SubjectKind kind, String personName, SubjectState state, long version, String ruleSetId, int ruleSetVersion,
        BigDecimal pointStep, OffsetDateTime due, List<CriterionLine> criteria, List<TargetLine> targets,
        BigDecimal total, BigDecimal max, Level derivedLevel, List<ReasonView> reasons, String hint,
        String collectiveComments, Level collectiveProposedLevel, List<EvidenceView> evidence, String receiptNumber,
        String signerName, String signerTitle, Instant submittedAt, String updatedBy, Instant updatedAt) {}
