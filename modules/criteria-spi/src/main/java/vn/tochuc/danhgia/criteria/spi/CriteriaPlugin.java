package vn.tochuc.danhgia.criteria.spi;

import java.util.List;
import java.util.Optional;

/**
 * An agency's criteria set: its frameworks, its own check of a unit's concretization, and an optional scoring hint.
 *
 * <p><b>Threading.</b> One instance serves all requests, concurrently. Every method must be thread-safe, side-effect
 * free and fast (the host enforces a time limit); keep no mutable state.
 *
 * <p><b>Errors.</b> Bad input is the normal case here: users type targets. Report it as {@link CheckMessage}s, never
 * as an exception. An exception or an overrun is treated as a plugin failure: the host contains it, marks the plugin
 * failed and shows the generic result only.
 *
 * <p><b>Stability.</b> Part of SPI {@value SpiVersion#CURRENT}; within a major version this interface only gains
 * {@code default} methods.
 */
public interface CriteriaPlugin {

    /**
     * One framework per {@link SubjectType}, always the same content: the host checks them before enabling the
     * plugin and freezes a copy into every evaluation that uses them.
     */
    List<Framework> frameworks();

    /**
     * The agency-specific check of a unit's concretization. The host runs it after its generic check (target count,
     * points, required fields, deadlines) and shows both results together, so the input may already be known to be
     * wrong: check defensively and never throw. The default finds nothing.
     *
     * @return messages in Vietnamese; empty when the concretization suits the agency
     */
    default List<CheckMessage> check(Concretization concretization) {
        return List.of();
    }

    /**
     * Suggested points from measured values, shown to the unit and the appraisers as a hint only. The default, and
     * any plugin that has no scoring method for the request, returns empty.
     */
    default Optional<ScoringHint> suggestScores(ScoringRequest request) {
        return Optional.empty();
    }

    /** The framework for one subject type, if the plugin declares it. */
    default Optional<Framework> framework(SubjectType subjectType) {
        return frameworks().stream().filter(f -> f != null && f.subjectType() == subjectType).findFirst();
    }
}
