package vn.tochuc.danhgia.criteria.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tochuc.danhgia.criteria.spi.CheckMessage;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.Severity;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/**
 * "At least one target about …": a topic the unit's targets must (an {@code ERROR}) or should (a {@code WARNING})
 * mention, depending on whose targets they are. Typically required of the collective, advised for the head and for
 * a deputy in charge of the field concerned:
 *
 * <pre>{@code
 * static final TopicRule DISBURSEMENT = TopicRule.about("stc.giai-ngan-required", "giai ngan")
 *         .required(SubjectType.COLLECTIVE, text).advised(SubjectType.CHIEF, text)
 *         .advisedForDeputiesIn(deputyText, "dau tu");
 * }</pre>
 *
 * A target mentions the topic when {@link Keywords#mentions} finds one of the phrases in it, under any criterion.
 * Immutable: each method returns a new rule, so a rule is built once and kept in a constant.
 */
public final class TopicRule {

    private record Case(SubjectType subject, Severity severity, String criterionCode, String text,
            String[] deputyFields) {

        boolean appliesTo(Concretization concretization) {
            return subject == concretization.subjectType() && (deputyFields.length == 0
                    || Keywords.containsAny(Keywords.fold(concretization.deputyField()), deputyFields));
        }
    }

    private final String ruleId;
    private final String[] phrases;
    private final List<Case> cases;

    private TopicRule(String ruleId, String[] phrases, List<Case> cases) {
        this.ruleId = ruleId;
        this.phrases = phrases;
        this.cases = cases;
    }

    /** A rule with that id about targets mentioning any of the (folded, see {@link Keywords#fold}) phrases. */
    public static TopicRule about(String ruleId, String... foldedPhrases) {
        return new TopicRule(ruleId, foldedPhrases.clone(), List.of());
    }

    /**
     * Without such a target, {@code subject}'s concretization gets an {@code ERROR} at the criterion it concretizes
     * in the draft's framework: {@link CollectiveCriteria#TASK_RESULTS}, {@link ChiefCriteria#TASK_RESULTS} or
     * {@link DeputyCriteria#FIELD_TARGETS}.
     */
    public TopicRule required(SubjectType subject, String text) {
        return required(subject, concretized(subject), text);
    }

    /** Without such a target, {@code subject}'s concretization gets a {@code WARNING}, as for {@link #required}. */
    public TopicRule advised(SubjectType subject, String text) {
        return advised(subject, concretized(subject), text);
    }

    /** Without such a target, {@code subject}'s concretization gets an {@code ERROR} at that criterion. */
    public TopicRule required(SubjectType subject, String criterionCode, String text) {
        return with(new Case(subject, Severity.ERROR, criterionCode, text, new String[0]));
    }

    /** Without such a target, {@code subject}'s concretization gets a {@code WARNING} at that criterion. */
    public TopicRule advised(SubjectType subject, String criterionCode, String text) {
        return with(new Case(subject, Severity.WARNING, criterionCode, text, new String[0]));
    }

    /**
     * Without such a target, a deputy whose field of responsibility mentions any of the (folded) phrases gets a
     * {@code WARNING} at {@link DeputyCriteria#FIELD_TARGETS}; other deputies get nothing.
     */
    public TopicRule advisedForDeputiesIn(String text, String... foldedFieldPhrases) {
        return with(new Case(SubjectType.DEPUTY, Severity.WARNING, DeputyCriteria.FIELD_TARGETS, text,
                foldedFieldPhrases.clone()));
    }

    /**
     * The message for this concretization: none when a target mentions the topic; else the first case declared for
     * its subject type (and, for a deputy's case with fields, the deputy's field), if any.
     */
    public Optional<CheckMessage> check(Concretization concretization) {
        if (Keywords.anyMentions(concretization, phrases)) {
            return Optional.empty();
        }
        return cases.stream().filter(c -> c.appliesTo(concretization)).findFirst()
                .map(c -> new CheckMessage(c.severity(), ruleId, c.criterionCode(), null, c.text()));
    }

    /** {@link #check} as a list, for a plugin whose whole check this rule is. */
    public List<CheckMessage> checkAll(Concretization concretization) {
        return check(concretization).stream().toList();
    }

    private static String concretized(SubjectType subject) {
        return subject == SubjectType.DEPUTY ? DeputyCriteria.FIELD_TARGETS : CollectiveCriteria.TASK_RESULTS;
    }

    private TopicRule with(Case added) {
        List<Case> all = new ArrayList<>(cases);
        all.add(added);
        return new TopicRule(ruleId, phrases, List.copyOf(all));
    }
}
