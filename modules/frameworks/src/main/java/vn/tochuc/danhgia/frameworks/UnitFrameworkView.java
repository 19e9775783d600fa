package vn.tochuc.danhgia.frameworks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.criteria.FrameworkTree;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/**
 * A unit framework as its unit or the Board sees it.
 *
 * <p>The unit sees its working copy ({@code workingCopy} true). The Board sees the content of the last submission
 * ({@code workingCopy} false), never a draft the unit has not submitted: before the first submission its targets are
 * empty.
 *
 * @param id             its id
 * @param unitCode       the unit
 * @param unitName       the unit's name
 * @param year           the evaluation year
 * @param subjectType    whose framework it is
 * @param person         the chief (for CHIEF, when listed) or the deputy (for DEPUTY), else {@code null}
 * @param state          where it is
 * @param version        for optimistic locking: send it back with a save, submit or review
 * @param rounds         how many times it was submitted
 * @param pluginId       the plugin its framework came from (frozen when started)
 * @param pluginVersion  that plugin's version
 * @param snapshotId     the framework snapshot
 * @param snapshotSha256 the snapshot's SHA-256
 * @param framework      the criteria tree the targets belong to, with guidance, evidence and rules
 * @param workingCopy    whether {@code targets} is the unit's working copy (else: the last submitted content)
 * @param targets        criterion code to targets
 * @param check          the check of these targets, with the totals
 * @param history        every round, oldest first
 * @param approval       the frozen approval, once approved
 * @param updatedBy      who last changed it
 * @param updatedAt      when
 */
public record UnitFrameworkView(long id, String unitCode, String unitName, int year, SubjectType subjectType,
        PersonView person, FrameworkState state, long version, int rounds, String pluginId, String pluginVersion,
        long snapshotId, String snapshotSha256, FrameworkTree framework, boolean workingCopy,
        Map<String, List<TargetRow>> targets, CheckResult check, List<RoundView> history, ApprovalView approval,
        String updatedBy, Instant updatedAt) {

    public UnitFrameworkView {
        history = List.copyOf(history);
    }

    /** The targets of one criterion. */
    public List<TargetRow> targetsOf(String criterionCode) {
        return targets.getOrDefault(criterionCode, List.of());
    }

    /** The last round, or {@code null} before the first submission. */
    public RoundView lastRound() {
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    /** The deputy's field (for DEPUTY), else empty. */
    public String deputyField() {
        return person == null || subjectType != SubjectType.DEPUTY ? "" : person.field();
    }
}
