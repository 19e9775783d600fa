package vn.tochuc.danhgia.criteria.spi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's concretization of one framework for one year: the targets it set for each concretized criterion.
 *
 * @param unitCode     the unit, e.g. {@code STC}
 * @param year         the evaluation year
 * @param subjectType  whose framework it concretizes
 * @param deputyField  for {@link SubjectType#DEPUTY}: the field the deputy is responsible for (lĩnh vực được phân
 *                     công phụ trách); empty otherwise
 * @param targets      criterion code to its targets, in the order the unit entered them; a target's index in its
 *                     list is the {@code targetIndex} of {@link CheckMessage}
 */
public record Concretization(
        String unitCode, int year, SubjectType subjectType, String deputyField, Map<String, List<Target>> targets) {

    public Concretization {
        unitCode = Texts.orEmpty(unitCode);
        deputyField = Texts.orEmpty(deputyField);
        targets = Texts.copy(targets);
    }

    /** A concretization with no targets yet. */
    public static Concretization of(SubjectType subjectType, String unitCode, int year) {
        return new Concretization(unitCode, year, subjectType, "", Map.of());
    }

    /** The same concretization with the targets of one criterion replaced. */
    public Concretization withTargets(String criterionCode, List<Target> criterionTargets) {
        Map<String, List<Target>> copy = new LinkedHashMap<>(targets);
        copy.put(criterionCode, criterionTargets);
        return new Concretization(unitCode, year, subjectType, deputyField, copy);
    }

    public Concretization withDeputyField(String field) {
        return new Concretization(unitCode, year, subjectType, field, targets);
    }

    /** The targets of one criterion; empty when none were entered. */
    public List<Target> targetsOf(String criterionCode) {
        return targets.getOrDefault(criterionCode, List.of());
    }
}
