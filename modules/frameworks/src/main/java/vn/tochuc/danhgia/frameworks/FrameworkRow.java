package vn.tochuc.danhgia.frameworks;

import java.time.Instant;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/**
 * One subject of one unit on the overviews: the collective, the chief, or one deputy.
 *
 * @param id            the framework's id, or {@code null} when NOT_STARTED
 * @param unitCode      the unit
 * @param unitName      its name
 * @param groupCode     its group
 * @param groupName     the group's name
 * @param year          the evaluation year
 * @param subjectType   whose framework
 * @param personId      the chief (when listed) or deputy, else {@code null}
 * @param personName    that person's name, else empty
 * @param personTitle   that person's title, else empty
 * @param deputyField   the deputy's field, else empty
 * @param state         where it is
 * @param rounds        how many times it was submitted
 * @param updatedAt     when it last changed, or {@code null}
 * @param pluginId      the plugin its framework comes from (frozen one once started), or {@code null} when the unit has
 *                      no framework for the year
 * @param pluginVersion that plugin's version, or {@code null}
 */
public record FrameworkRow(Long id, String unitCode, String unitName, String groupCode, String groupName, int year,
        SubjectType subjectType, Long personId, String personName, String personTitle, String deputyField,
        FrameworkState state, int rounds, Instant updatedAt, String pluginId, String pluginVersion) {

    /** Whether the unit has a framework to fill in for this subject (a plugin is assigned and serving, or frozen). */
    public boolean available() {
        return pluginId != null;
    }

    /** A DEPUTY row without a person: the unit has not listed its deputies yet. */
    public boolean missingPerson() {
        return subjectType == SubjectType.DEPUTY && personId == null;
    }
}
