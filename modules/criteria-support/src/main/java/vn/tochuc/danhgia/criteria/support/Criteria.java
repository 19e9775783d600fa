package vn.tochuc.danhgia.criteria.support;

import java.util.function.UnaryOperator;
import vn.tochuc.danhgia.criteria.spi.Criterion;

/** Changing criteria that come ready-made, such as the draft's ({@link CollectiveCriteria} and the others). */
public final class Criteria {

    private Criteria() {}

    /**
     * The criterion with {@code sentence} added after its guidance, separated by a space; unchanged when the
     * sentence is {@code null} or blank.
     */
    public static Criterion withMoreGuidance(Criterion criterion, String sentence) {
        return criterion.withGuidance(joined(criterion.guidance(), sentence));
    }

    /**
     * {@code criterion} with the criterion of that code (itself or any sub-criterion, at any depth) replaced by what
     * {@code change} makes of it, e.g. {@code amend(ChiefCriteria.general(), "1.e", c -> withMoreGuidance(c, "…"))}.
     *
     * @throws IllegalArgumentException when no criterion has that code: a mistake of the plugin's, which its own
     *         tests (the test kit's {@code assertPluginValid}) reveal at build time
     */
    public static Criterion amend(Criterion criterion, String code, UnaryOperator<Criterion> change) {
        if (criterion.flatten().noneMatch(c -> c.code().equals(code))) {
            throw new IllegalArgumentException("No criterion " + code + " in " + criterion.code());
        }
        return amended(criterion, code, change);
    }

    private static Criterion amended(Criterion criterion, String code, UnaryOperator<Criterion> change) {
        if (criterion.code().equals(code)) {
            return change.apply(criterion);
        }
        return criterion.withChildren(criterion.children().stream().map(c -> amended(c, code, change))
                .toArray(Criterion[]::new));
    }

    /** A leaf of 10 points graded by {@link Grading#TEN_POINTS}, then {@code moreGuidance}. */
    static Criterion tenPoints(String code, String title, String moreGuidance) {
        return Criterion.of(code, title, 10).withGuidance(joined(Grading.TEN_POINTS, moreGuidance));
    }

    static String joined(String guidance, String sentence) {
        if (sentence == null || sentence.isBlank()) {
            return guidance;
        }
        return guidance.isEmpty() ? sentence : guidance + " " + sentence;
    }
}
