package vn.tochuc.danhgia.units.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tochuc.danhgia.kernel.Page;
import vn.tochuc.danhgia.units.ImportPreview;
import vn.tochuc.danhgia.units.ImportResult;
import vn.tochuc.danhgia.units.UnitChanges;
import vn.tochuc.danhgia.units.UnitDraft;
import vn.tochuc.danhgia.units.UnitGroupDraft;
import vn.tochuc.danhgia.units.UnitGroupView;
import vn.tochuc.danhgia.units.UnitQuery;
import vn.tochuc.danhgia.units.UnitService;
import vn.tochuc.danhgia.units.UnitTreeNode;
import vn.tochuc.danhgia.units.UnitView;

/**
 * The units API: it sets the transactions and hands each use case to the class that does it: finding units
 * ({@link UnitLookup}), changing one ({@link UnitEdits}), groups ({@link UnitGroupEdits}) and imports
 * ({@link UnitImporter}).
 */
@ApplicationScoped
public class DefaultUnitService implements UnitService {

    @Inject
    UnitLookup lookup;

    @Inject
    UnitEdits edits;

    @Inject
    UnitGroupEdits groupEdits;

    @Inject
    UnitImporter importer;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UnitView> list(UnitQuery query) {
        return lookup.list(query);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitView get(String code) {
        return lookup.get(code);
    }

    @Override
    @Transactional
    public UnitView create(UnitDraft draft) {
        return edits.create(draft);
    }

    @Override
    @Transactional
    public UnitView update(String code, UnitChanges changes) {
        return edits.update(code, changes);
    }

    @Override
    @Transactional
    public UnitView deactivate(String code, Long version) {
        return edits.deactivate(code, version);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitTreeNode> tree() {
        return lookup.tree();
    }

    @Override
    @Transactional
    public UnitGroupView saveGroup(UnitGroupDraft draft) {
        return groupEdits.save(draft);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportPreview previewImport(String fileName, byte[] content) {
        return importer.preview(fileName, content);
    }

    @Override
    @Transactional
    public ImportResult importFile(String fileName, byte[] content) {
        return importer.apply(fileName, content);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UnitView> find(String code) {
        return lookup.find(code);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitView> activeInGroups(Collection<String> groupCodes) {
        return lookup.activeInGroups(groupCodes);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> names(Collection<String> codes) {
        return lookup.names(codes);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitGroupView> groups() {
        return groupEdits.groups();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitView> active() {
        return lookup.active();
    }
}
