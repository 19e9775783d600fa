package vn.tochuc.danhgia.rating;

import java.math.BigDecimal;

/**
 * One regulation's rules for deriving a level, host-side (plugins never decide levels). Each implementation is a
 * small class whose Javadoc names its source. A rating cycle records the {@link #id()} and {@link #version()} it
 * opened with and keeps them: a rule set's behaviour for a given id and version never changes; a correction is a
 * new version.
 */
public interface RuleSet {

    /** Stable id stored with each cycle, e.g. {@code QD124} or {@code QD366}. */
    String id();

    /** Version of this rule set's reading of its regulation; starts at 1. */
    int version();

    /** Whether a cycle for this year uses this rule set (124: 2023–2024, 366: from 2025). */
    boolean appliesTo(int year);

    /** The smallest step of points a score may take (e.g. 0.25): other values are refused. */
    BigDecimal pointStep();

    /** HTXSNV may be at most this share (percent) of those rated HTTNV within a group of similar function. */
    int quotaPercent();

    /** Whether a chief's level may not be above the level of the collective he or she heads. */
    boolean chiefCappedByCollective();

    /** Derives the level from the facts of one subject. */
    RatingOutcome rate(RatingFacts facts);
}
