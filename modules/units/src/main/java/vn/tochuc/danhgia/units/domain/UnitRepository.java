package vn.tochuc.danhgia.units.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tochuc.danhgia.kernel.Page;
import vn.tochuc.danhgia.units.UnitQuery;

/** Stores units and groups. */
public interface UnitRepository {

    Optional<Unit> find(String code);

    Optional<Unit> findForUpdate(String code);

    Page<Unit> search(UnitQuery query);

    List<Unit> all();

    List<Unit> activeInGroups(Collection<String> groupCodes);

    List<Unit> activeChildren(String parentCode);

    void add(Unit unit);

    /** Writes pending inserts now, so that units added in one import can be parents of later rows. */
    void flush();

    Optional<UnitGroup> findGroup(String code);

    List<UnitGroup> groups();

    Map<String, Long> activeCountByGroup();

    void addGroup(UnitGroup group);
}
