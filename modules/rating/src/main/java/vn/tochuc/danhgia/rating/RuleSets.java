package vn.tochuc.danhgia.rating;

import java.util.Optional;

/** Finds the rule set a year uses, or the one a cycle recorded. */
public interface RuleSets {

    /** The rule set a new cycle for this year opens with (124 for 2023–2024, 366 from 2025). */
    Optional<RuleSet> forYear(int year);

    /** The rule set a cycle recorded, by its id and version. */
    Optional<RuleSet> byId(String id, int version);
}
