package vn.tochuc.danhgia.rating;

/** The Board opened a year's rating cycle with this rule set. */
public record RatingCycleOpened(long id, int year, String ruleSetId, int ruleSetVersion) {}
