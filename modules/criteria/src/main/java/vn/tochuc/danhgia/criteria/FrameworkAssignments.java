package vn.tochuc.danhgia.criteria;

import java.util.List;

/**
 * Which plugin units use per year, set by administrators. A unit (or a group) has at most one plugin per year; a
 * unit's own assignment wins over its group's, so every unit has exactly one framework per subject type and year, or
 * none. Changes are audited and announced ({@link FrameworkAssigned}, {@link FrameworkUnassigned}).
 */
public interface FrameworkAssignments {

    /** The assignments of a year, groups first, then units, by code. */
    List<AssignmentView> list(int year);

    /**
     * Assigns a plugin to units and groups for a year, all or nothing. Assigning a unit or group the plugin it already
     * has is a no-op.
     *
     * @throws vn.tochuc.danhgia.kernel.AppException INVALID for unknown codes, a plugin that does not declare them or
     *         whose years do not contain the year; CONFLICT when one of them already has another plugin that year
     * @return the assignments created
     */
    List<AssignmentView> assign(AssignmentDraft draft);

    /** Removes one assignment. */
    void remove(long assignmentId);
}
