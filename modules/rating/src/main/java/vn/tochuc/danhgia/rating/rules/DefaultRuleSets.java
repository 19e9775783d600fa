package vn.tochuc.danhgia.rating.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.tochuc.danhgia.rating.RuleSet;
import vn.tochuc.danhgia.rating.RuleSets;

/**
 * The rule sets the host knows: Reg. 124 v1 for 2023–2024, Reg. 366 v1 from 2025 with the province's rule that a
 * chief is not rated above his or her collective. A correction is a new version added here; old ones stay, so a
 * cycle's recorded id and version still find theirs.
 */
@ApplicationScoped
public class DefaultRuleSets implements RuleSets {

    private final List<RuleSet> all = List.of(new Regulation124RuleSet(), new Regulation366RuleSet(true));

    @Override
    public Optional<RuleSet> forYear(int year) {
        return all.stream().filter(r -> r.appliesTo(year))
                .max((a, b) -> Integer.compare(a.version(), b.version()));
    }

    @Override
    public Optional<RuleSet> byId(String id, int version) {
        return all.stream().filter(r -> r.id().equals(id) && r.version() == version).findFirst();
    }
}
