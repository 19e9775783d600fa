package vn.tochuc.danhgia.frameworks.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.criteria.FrameworkTree;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.frameworks.TargetRow;

/**
 * What the .docx of an approved framework shows, read from the frozen approval (never from the plugin as it is now).
 *
 * @param unitName    the unit's name when approved
 * @param year        the evaluation year
 * @param subject     whose framework
 * @param personName  the chief's or deputy's name, or empty
 * @param personTitle their title, or empty
 * @param deputyField the deputy's field, or empty
 * @param framework   the frozen criteria tree
 * @param targets     the approved targets by criterion code
 * @param approvedAt  when approved
 * @param source      the plugin and version, e.g. {@code so-tai-chinh@1.0.0}
 */
record ApprovedDocument(String unitName, int year, SubjectType subject, String personName, String personTitle,
        String deputyField, FrameworkTree framework, Map<String, List<TargetRow>> targets, Instant approvedAt,
        String source) {}
