package vn.tochuc.danhgia.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a rule set needs to decide one subject's level. Built with {@link #builder(SubjectKind)}, so a rule
 * set that needs one more fact adds it without breaking the callers; every fact but the kind defaults to "none".
 *
 * @param kind                            collective, chief or deputy
 * @param criteria                        the points of each criterion of the approved framework
 * @param targets                         how each concretized target ended
 * @param disciplines                     disciplines in the year against the subject (or its members); under 366
 *                                        a collective's own discipline belongs here too, so that its form and
 *                                        its relation to duty are weighed
 * @param leadershipCollectiveDisciplined for a collective: the leadership collective itself was disciplined (124:
 *                                        KHTNV; 366: not HTXSNV)
 * @param subordinateUnits                how many subordinate units the collective has (0 when none)
 * @param subordinateUnitsDisciplined     how many of them were disciplined in the year, those in
 *                                        {@code subordinateCorruptionDisciplines} included
 * @param ledUnitsTargetsMetPercent       for a chief or deputy: the share of targets the unit (or area) he or she
 *                                        leads met, or {@code null} when unknown (124's "unit led meets &lt; 50%")
 * @param disunityOrDegradation           internal disunity, or a member showing degradation (recorded by the Board);
 *                                        for an individual: concluded to show degradation or to have breached the
 *                                        duty to set an example
 * @param ledUnitTargets                  for a chief or deputy under 366: how each target of the units he or she
 *                                        directly leads ended; empty when not recorded (then no condition applies)
 * @param ledUnits                        for a chief or deputy under 366: how many units he or she leads (0 when none)
 * @param ledUnitsRatedKhtnv              how many of them were rated KHTNV
 * @param confidenceVotes                 votes cast in the year's confidence vote (lấy phiếu tín nhiệm), 0 when none
 * @param lowConfidenceVotes              how many of them were low-confidence votes (tín nhiệm thấp)
 * @param earlierShortcomings             shortcomings found in earlier reviews that had to be fixed (0 when none)
 * @param earlierShortcomingsFixed        how many of them are fixed
 * @param subordinateCorruptionDisciplines disciplines of subordinate units for corruption, waste or negativity
 *                                        (tham nhũng, lãng phí, tiêu cực); 124 rates the collective KHTNV for them
 *                                        unless self-detected and remedied
 * @param targetsForceMajeure             the competent level recorded force majeure (bất khả kháng) for the missed
 *                                        targets: 124's "&lt; 50% met" case does not apply
 * @param socioEconomicTargetsMissed      366: the five socio-economic targets (of a locality) were missed
 * @param headedCollectiveLevel           for a chief: the level of the collective he or she heads, once decided, or
 *                                        {@code null}; a rule set that caps the chief by the collective applies it
 */
public record RatingFacts(SubjectKind kind, List<CriterionScore> criteria, List<TargetOutcome> targets,
                          List<DisciplineRecord> disciplines, boolean leadershipCollectiveDisciplined,
                          int subordinateUnits, int subordinateUnitsDisciplined, BigDecimal ledUnitsTargetsMetPercent,
                          boolean disunityOrDegradation, List<TargetOutcome> ledUnitTargets, int ledUnits,
                          int ledUnitsRatedKhtnv, int confidenceVotes, int lowConfidenceVotes, int earlierShortcomings,
                          int earlierShortcomingsFixed, List<DisciplineRecord> subordinateCorruptionDisciplines,
                          boolean targetsForceMajeure, boolean socioEconomicTargetsMissed,
                          Level headedCollectiveLevel) {

    public RatingFacts {
        criteria = List.copyOf(criteria);
        targets = List.copyOf(targets);
        disciplines = List.copyOf(disciplines);
        ledUnitTargets = List.copyOf(ledUnitTargets);
        subordinateCorruptionDisciplines = List.copyOf(subordinateCorruptionDisciplines);
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
        private final List<TargetOutcome> ledUnitTargets = new ArrayList<>();
        private int ledUnits;
        private int ledUnitsRatedKhtnv;
        private int confidenceVotes;
        private int lowConfidenceVotes;
        private int earlierShortcomings;
        private int earlierShortcomingsFixed;
        private final List<DisciplineRecord> subordinateCorruptionDisciplines = new ArrayList<>();
        private boolean targetsForceMajeure;
        private boolean socioEconomicTargetsMissed;
        private Level headedCollectiveLevel;

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

        public Builder ledUnitTarget(TargetOutcome outcome) {
            ledUnitTargets.add(outcome);
            return this;
        }

        public Builder ledUnits(int all, int ratedKhtnv) {
            ledUnits = all;
            ledUnitsRatedKhtnv = ratedKhtnv;
            return this;
        }

        public Builder confidenceVotes(int cast, int low) {
            confidenceVotes = cast;
            lowConfidenceVotes = low;
            return this;
        }

        public Builder earlierShortcomings(int all, int fixed) {
            earlierShortcomings = all;
            earlierShortcomingsFixed = fixed;
            return this;
        }

        public Builder subordinateCorruptionDiscipline(DisciplineRecord record) {
            subordinateCorruptionDisciplines.add(record);
            return this;
        }

        public Builder targetsForceMajeure(boolean value) {
            targetsForceMajeure = value;
            return this;
        }

        public Builder socioEconomicTargetsMissed(boolean value) {
            socioEconomicTargetsMissed = value;
            return this;
        }

        public Builder headedCollectiveLevel(Level value) {
            headedCollectiveLevel = value;
            return this;
        }

        public RatingFacts build() {
            return new RatingFacts(kind, criteria, targets, disciplines, leadershipCollectiveDisciplined,
                    subordinateUnits, subordinateUnitsDisciplined, ledUnitsTargetsMetPercent, disunityOrDegradation,
                    ledUnitTargets, ledUnits, ledUnitsRatedKhtnv, confidenceVotes, lowConfidenceVotes,
                    earlierShortcomings, earlierShortcomingsFixed, subordinateCorruptionDisciplines,
                    targetsForceMajeure, socioEconomicTargetsMissed, headedCollectiveLevel);
        }
    }
}
