package vn.tochuc.danhgia.rating;

import java.math.BigDecimal;

/** The points a unit gives itself for one criterion of its approved framework: 0 to its maximum, in the rule set's steps. */
public record CriterionPoints(String code, BigDecimal points) {}
