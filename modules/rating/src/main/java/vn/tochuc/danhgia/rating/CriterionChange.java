package vn.tochuc.danhgia.rating;

import java.math.BigDecimal;

/** The appraiser's points for one criterion, and why they differ from the unit's own (required when they do). */
public record CriterionChange(String code, BigDecimal points, String reason) {}
