package vn.tochuc.danhgia.criteria;

import java.time.Instant;

/**
 * One assignment: a plugin for a unit or a group in a year.
 *
 * @param id         its id, to remove it
 * @param year       the evaluation year
 * @param pluginId   the plugin
 * @param unitCode   the unit, or {@code null} for a group assignment
 * @param groupCode  the group, or {@code null} for a unit assignment
 * @param targetName the unit's or group's name
 * @param createdBy  who assigned it
 * @param createdAt  when
 */
public record AssignmentView(long id, int year, String pluginId, String unitCode, String groupCode,
        String targetName, String createdBy, Instant createdAt) {}
