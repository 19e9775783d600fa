package vn.tochuc.danhgia.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a rule set needs to decide one subject's level. Built with {@link #builder()}, so a rule set that
 * needs one more fact adds it without breaking the callers.
 *
 * @param kind                            collective, chief or deputy
 * @param criteria                        the points of each criterion of the approved framework
 * @param targets                         how each concretized target ended
 * @param disciplines                     disciplines in the year against the subject (or its members)
 * @param leadershipCollectiveDisciplined for a collective: the leadership collective itself was disciplined
 * @param subordinateUnits                how many subordinate units the collective has (0 when none)
 * @param subordinateUnitsDisciplined     how many of them were disciplined in the year
 * @param ledUnitsTargetsMetPercent       for a chief: the share of targets the unit he or she leads met, or
 *                                        {@code null} when unknown
 * @param disunityOrDegradation           internal disunity, or a member showing degradation (recorded by the Board)
 */
public record RatingFacts(SubjectKind kind, List<CriterionScore> criteria, List<TargetOutcome> targets,
                          List<DisciplineRecord> disciplines, boolean leadershipCollectiveDisciplined,
                          int subordinateUnits, int subordinateUnitsDisciplined, BigDecimal ledUnitsTargetsMetPercent,
                          boolean disunityOrDegradation) {

    public RatingFacts {
        criteria = List.copyOf(criteria);
        targets = List.copyOf(targets);
        disciplines = List.copyOf(disciplines);
    }

    /** The total of the criteria's points. */
    public BigDecimal points() {
        return criteria.stream().map(CriterionScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static Builder builder(SubjectKind kind) {
        return new Builder(kind);
    }

    /** Collects the facts; everything but the kind defaults to "none". */
    public static final class Builder {
        private final SubjectKind kind;
        private final List<CriterionScore> criteria = new ArrayList<>();
        private final List<TargetOutcome> targets = new ArrayList<>();
        private final List<DisciplineRecord> disciplines = new ArrayList<>();
        private boolean leadershipCollectiveDisciplined;
        private int subordinateUnits;
        private int subordinateUnitsDisciplined;
        private BigDecimal ledUnitsTargetsMetPercent;
        private boolean disunityOrDegradation;

        private Builder(SubjectKind kind) {
            this.kind = kind;
        }

        public Builder criterion(CriterionScore score) {
            criteria.add(score);
            return this;
        }

        public Builder target(TargetOutcome outcome) {
            targets.add(outcome);
            return this;
        }

        public Builder discipline(DisciplineRecord record) {
            disciplines.add(record);
            return this;
        }

        public Builder leadershipCollectiveDisciplined(boolean value) {
            leadershipCollectiveDisciplined = value;
            return this;
        }

        public Builder subordinateUnits(int all, int disciplined) {
            subordinateUnits = all;
            subordinateUnitsDisciplined = disciplined;
            return this;
        }

        public Builder ledUnitsTargetsMetPercent(BigDecimal value) {
            ledUnitsTargetsMetPercent = value;
            return this;
        }

        public Builder disunityOrDegradation(boolean value) {
            disunityOrDegradation = value;
            return this;
        }

        public RatingFacts build() {
            return new RatingFacts(kind, criteria, targets, disciplines, leadershipCollectiveDisciplined,
                    subordinateUnits, subordinateUnitsDisciplined, ledUnitsTargetsMetPercent, disunityOrDegradation);
        }
    }
}
