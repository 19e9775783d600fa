package vn.tochuc.danhgia.units;

import java.util.List;

/** A unit with the units below it, for the hierarchy view. */
public record UnitTreeNode(UnitView unit, List<UnitTreeNode> children) {}
