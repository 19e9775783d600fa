package vn.tochuc.danhgia.frameworks;

import java.util.List;
import java.util.Map;

/**
 * Unit frameworks: the unit fills in, the Board reviews. Unit users act for their own unit only (403 otherwise);
 * Board staff read every unit's submitted content and decide. A framework that is submitted cannot be changed by the
 * unit until returned, and an approved one never (409). Failures are {@link vn.tochuc.danhgia.kernel.AppException}s.
 */
public interface UnitFrameworkService {

    /** One unit's subjects for a year: collective, chief and each listed deputy, with their states. */
    List<FrameworkRow> subjects(String unitCode, int year);

    /** For the Board: every active unit's subjects for a year. */
    List<FrameworkRow> overview(int year);

    /**
     * Starts one of the caller's unit's frameworks (DRAFT), freezing the framework of the plugin assigned now.
     *
     * @throws vn.tochuc.danhgia.kernel.AppException CONFLICT when it is already started (the message names its id) or
     *         the unit has no framework for the year
     */
    UnitFrameworkView start(StartRequest request);

    UnitFrameworkView get(long id);

    /**
     * Saves the unit's targets (all of them), incomplete ones included; the answer carries the check's findings.
     *
     * @throws vn.tochuc.danhgia.kernel.AppException INVALID for targets of criteria the framework does not concretize
     *         or values that cannot be stored; CONFLICT for a stale version, a submitted or an approved framework
     */
    UnitFrameworkView save(long id, FrameworkEdit edit);

    /** Checks targets as they are being typed, without saving (the unit's own frameworks only). */
    CheckResult check(long id, Map<String, List<TargetRow>> targets);

    /**
     * Submits the saved targets to the Board. When the plugin's own check cannot run (plugin disabled or failed), the
     * generic check decides and the round records it, for the Board to see.
     *
     * @throws vn.tochuc.danhgia.kernel.AppException INVALID with one entry per error finding (generic check and the
     *         plugin's) when the check finds an error
     */
    UnitFrameworkView submit(long id, Long version);

    /** The Board returns the submitted framework with remarks, or approves and freezes it. */
    UnitFrameworkView review(long id, ReviewDecision decision);

    /** The frozen approved content. @throws vn.tochuc.danhgia.kernel.AppException CONFLICT when not approved */
    ApprovedFramework approved(long id);
}
