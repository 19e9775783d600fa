package vn.tochuc.danhgia.frameworks;

import java.util.List;

/**
 * Where one unit is in the concretization task, over all its subjects.
 *
 * @param unitCode  the unit
 * @param state     the unit's overall state: NOT_STARTED when nothing is started, APPROVED when every subject is,
 *                  RETURNED when any subject is, SUBMITTED when every subject is at least submitted, else DRAFT
 * @param subjects  how many subjects it has (collective, chief and listed deputies)
 * @param submitted how many of them are submitted (waiting for review) or approved
 * @param approved  how many are approved
 * @param available whether the unit has a framework for the year at all (a plugin is assigned)
 */
public record TaskProgressRow(String unitCode, FrameworkState state, int subjects, int submitted, int approved,
        boolean available) {

    /** A unit's progress from its subjects' rows (a DEPUTY row without a person is not a subject). */
    public static TaskProgressRow of(String unitCode, List<FrameworkRow> rows) {
        List<FrameworkState> states = rows.stream().filter(r -> !r.missingPerson()).map(FrameworkRow::state)
                .toList();
        int submitted = (int) states.stream()
                .filter(s -> s == FrameworkState.SUBMITTED || s == FrameworkState.APPROVED).count();
        int approved = (int) states.stream().filter(s -> s == FrameworkState.APPROVED).count();
        FrameworkState state;
        if (states.stream().allMatch(s -> s == FrameworkState.NOT_STARTED)) {
            state = FrameworkState.NOT_STARTED;
        } else if (approved == states.size()) {
            state = FrameworkState.APPROVED;
        } else if (states.contains(FrameworkState.RETURNED)) {
            state = FrameworkState.RETURNED;
        } else if (submitted == states.size()) {
            state = FrameworkState.SUBMITTED;
        } else {
            state = FrameworkState.DRAFT;
        }
        return new TaskProgressRow(unitCode, state, states.size(), submitted, approved,
                rows.stream().anyMatch(FrameworkRow::available));
    }

    /** The unit has done its part: every subject submitted or approved. */
    public boolean done() {
        return subjects > 0 && submitted == subjects;
    }
}
