package vn.tochuc.danhgia.frameworks.internal;

import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.criteria.FrameworkTree;
import vn.tochuc.danhgia.frameworks.FrameworkRow;
import vn.tochuc.danhgia.frameworks.TargetRow;

/**
 * One subject's lines of the all-units workbook.
 *
 * @param row     the subject and its state
 * @param tree    the frozen framework, for the criteria's titles; {@code null} when not started
 * @param targets the approved content, else the last submitted content, else none
 */
record ExportedFramework(FrameworkRow row, FrameworkTree tree, Map<String, List<TargetRow>> targets) {}
