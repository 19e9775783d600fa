package vn.tochuc.danhgia.units.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Page;
import vn.tochuc.danhgia.units.UnitQuery;
import vn.tochuc.danhgia.units.UnitTreeNode;
import vn.tochuc.danhgia.units.UnitView;
import vn.tochuc.danhgia.units.domain.Unit;
import vn.tochuc.danhgia.units.domain.UnitRepository;
import vn.tochuc.danhgia.units.domain.UnitRules;

/** Finds units for screens and other modules: pages, single units, the active ones, the tree, names by code. */
@ApplicationScoped
public class UnitLookup {

    @Inject
    UnitRepository repository;

    @Inject
    UnitViews views;

    Page<UnitView> list(UnitQuery query) {
        Map<String, String> groupNames = views.groupNames();
        Page<Unit> page = repository.search(query);
        return new Page<>(page.items().stream().map(u -> UnitViews.view(u, groupNames)).toList(), page.total(),
                page.page(), page.size());
    }

    UnitView get(String code) {
        return find(code).orElseThrow(() -> AppException.notFound("units.error.not-found", code));
    }

    Optional<UnitView> find(String code) {
        return repository.find(UnitRules.normalizeCode(code)).map(views::view);
    }

    List<UnitTreeNode> tree() {
        return UnitTrees.build(repository.all(), views::view);
    }

    List<UnitView> activeInGroups(Collection<String> groupCodes) {
        Map<String, String> names = views.groupNames();
        return repository.activeInGroups(groupCodes).stream().map(u -> UnitViews.view(u, names)).toList();
    }

    Map<String, String> names(Collection<String> codes) {
        Map<String, String> names = new LinkedHashMap<>();
        repository.all().stream().filter(u -> codes.contains(u.code())).forEach(u -> names.put(u.code(), u.name()));
        return names;
    }

    List<UnitView> active() {
        Map<String, String> names = views.groupNames();
        return repository.all().stream().filter(Unit::active).map(u -> UnitViews.view(u, names)).toList();
    }
}
