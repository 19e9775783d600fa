package vn.tochuc.danhgia.units;

import java.util.List;
import vn.tochuc.danhgia.kernel.Page;

/**
 * Administers units and groups. Every change is audited, checked for optimistic-lock conflicts and announced with
 * an event. Failures are {@link vn.tochuc.danhgia.kernel.AppException}s with Vietnamese messages.
 */
public interface UnitService extends UnitDirectory {

    Page<UnitView> list(UnitQuery query);

    UnitView get(String code);

    UnitView create(UnitDraft draft);

    UnitView update(String code, UnitChanges changes);

    /** Deactivates a unit that has no active units below it. */
    UnitView deactivate(String code, Long version);

    List<UnitTreeNode> tree();

    UnitGroupView saveGroup(UnitGroupDraft draft);

    /** Reads a CSV (UTF-8) or XLSX file and says what importing it would do; changes nothing. */
    ImportPreview previewImport(String fileName, byte[] content);

    /** Imports the whole file, or nothing if any row is bad. */
    ImportResult importFile(String fileName, byte[] content);
}
