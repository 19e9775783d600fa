package vn.tochuc.danhgia.units;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read-only access to units for other modules. */
public interface UnitDirectory {

    Optional<UnitView> find(String code);

    /** The active units of the given groups, ordered by group then code. */
    List<UnitView> activeInGroups(Collection<String> groupCodes);

    /** The names of the given units, by code; unknown codes are left out. */
    Map<String, String> names(Collection<String> codes);

    List<UnitGroupView> groups();

    /** Every active unit, ordered by group then code. */
    List<UnitView> active();
}
