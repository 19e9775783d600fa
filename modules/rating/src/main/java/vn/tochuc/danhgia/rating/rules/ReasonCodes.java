package vn.tochuc.danhgia.rating.rules;

import java.util.List;

/**
 * The codes of the {@link vn.tochuc.danhgia.rating.Reason}s the rule sets give; each has a text under
 * {@code rating.reason.<code>} in both bundles. Where a message names a level ({@code {n}} = HTXSNV …), it is the
 * highest level the condition keeps the subject from reaching; it keeps it from every level above as well.
 */
public final class ReasonCodes {

    /** {0} points, {1} the cut-off, {2} the level it opens. */
    public static final String POINTS_BELOW = "points.below";
    /** {0} the level: no target was declared, so the share conditions cannot be shown. */
    public static final String TARGETS_NONE = "targets.none";
    /** {0} targets not done on time, {1} the level. */
    public static final String TARGETS_NOT_ON_TIME = "targets.not-on-time";
    /** {0} the share exceeded (%), {1} the share asked (%), {2} the level. */
    public static final String TARGETS_EXCEEDED_SHARE = "targets.exceeded-share";
    /** {0} targets not done, {1} the level. */
    public static final String TARGETS_NOT_ALL_DONE = "targets.not-all-done";
    /** {0} the share done late (%), {1} the most allowed (%), {2} the level. */
    public static final String TARGETS_LATE_SHARE = "targets.late-share";
    /** 124: {0} the share met (%), below 50 → KHTNV. */
    public static final String TARGETS_MISSED = "targets.missed";
    /** 366: {0} the share done (%), below 70 → KHTNV. */
    public static final String TARGETS_BELOW_70 = "targets.below-70";
    /** 366: the five socio-economic targets missed → KHTNV. */
    public static final String TARGETS_SOCIO_ECONOMIC = "targets.socio-economic-missed";
    /** 366: {0} targets of the led units not done on time, {1} the level. */
    public static final String LED_UNIT_NOT_ON_TIME = "led-unit.not-on-time";
    /** 366: {0} share of the led units' targets exceeded, {1} asked, {2} the level. */
    public static final String LED_UNIT_EXCEEDED_SHARE = "led-unit.exceeded-share";
    /** 366: {0} targets of the led units not done, {1} the level. */
    public static final String LED_UNIT_NOT_ALL_DONE = "led-unit.not-all-done";
    /** 366: {0} share of the led units' targets done late, {1} the most allowed, {2} the level. */
    public static final String LED_UNIT_LATE_SHARE = "led-unit.late-share";
    /** 124: {0} the share of targets the unit led met, below 50 → KHTNV. */
    public static final String LED_UNIT_TARGETS_MISSED = "led-unit.targets-missed";
    /** 366: {0} of {1} led units rated KHTNV, more than half → KHTNV. */
    public static final String LED_UNITS_FAILED = "led-units.failed";
    /** 366: {0} of {1} votes of low confidence, more than half → KHTNV. */
    public static final String CONFIDENCE_LOW = "confidence.low";
    /** 366: {0} of {1} earlier shortcomings not fixed → not HTXSNV. */
    public static final String SHORTCOMINGS_UNFIXED = "shortcomings.unfixed";
    /** {0} the form: a discipline in the year that sends the subject to KHTNV. */
    public static final String DISCIPLINE_IN_YEAR = "discipline.in-year";
    /** 124: {0} the form: self-detected and remedied, so not KHTNV, but not HTXSNV either. */
    public static final String DISCIPLINE_SELF_DETECTED = "discipline.self-detected";
    /** 366: {0} the form, {1} the competent level's reason: weighed, so not KHTNV, but not HTXSNV. */
    public static final String DISCIPLINE_WEIGHED = "discipline.weighed";
    /** 366: {0} the form: a discipline that does not send to KHTNV (not duty-related, or below reprimand). */
    public static final String DISCIPLINE_BLOCKS_EXCELLENT = "discipline.blocks-excellent";
    /** 124: the leadership collective disciplined → KHTNV. */
    public static final String LEADERSHIP_DISCIPLINED = "discipline.leadership-collective";
    /** 366: the leadership collective disciplined → not HTXSNV. */
    public static final String LEADERSHIP_DISCIPLINED_EXCELLENT = "discipline.leadership-collective-excellent";
    /** {0} of {1} subordinate units disciplined → not HTXSNV. */
    public static final String SUBORDINATES_DISCIPLINED = "subordinates.disciplined";
    /** 124: {0} of {1} subordinate units disciplined, more than 20% → KHTNV. */
    public static final String SUBORDINATES_DISCIPLINED_SHARE = "subordinates.disciplined-share";
    /** 124: {0} the form: a subordinate unit disciplined for corruption, waste or negativity → KHTNV. */
    public static final String SUBORDINATE_CORRUPTION = "subordinates.corruption";
    /** 124: disunity, or degradation → KHTNV. */
    public static final String DISUNITY_OR_DEGRADATION = "conduct.disunity-or-degradation";
    /** {0} the level of the collective the chief heads: the chief is not rated above it. */
    public static final String CHIEF_CAPPED = "chief.capped-by-collective";

    /** Every code, for the bundle check. */
    public static final List<String> ALL = List.of(POINTS_BELOW, TARGETS_NONE, TARGETS_NOT_ON_TIME,
            TARGETS_EXCEEDED_SHARE, TARGETS_NOT_ALL_DONE, TARGETS_LATE_SHARE, TARGETS_MISSED, TARGETS_BELOW_70,
            TARGETS_SOCIO_ECONOMIC, LED_UNIT_NOT_ON_TIME, LED_UNIT_EXCEEDED_SHARE, LED_UNIT_NOT_ALL_DONE,
            LED_UNIT_LATE_SHARE, LED_UNIT_TARGETS_MISSED, LED_UNITS_FAILED, CONFIDENCE_LOW, SHORTCOMINGS_UNFIXED,
            DISCIPLINE_IN_YEAR, DISCIPLINE_SELF_DETECTED, DISCIPLINE_WEIGHED, DISCIPLINE_BLOCKS_EXCELLENT,
            LEADERSHIP_DISCIPLINED, LEADERSHIP_DISCIPLINED_EXCELLENT, SUBORDINATES_DISCIPLINED,
            SUBORDINATES_DISCIPLINED_SHARE, SUBORDINATE_CORRUPTION, DISUNITY_OR_DEGRADATION, CHIEF_CAPPED);

    private ReasonCodes() {}
}
