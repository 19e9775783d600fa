package vn.tochuc.danhgia.units.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.units.ImportAction;
import vn.tochuc.danhgia.units.ImportPreview;
import vn.tochuc.danhgia.units.ImportProblem;

class ImportPlannerTest {

    private static final Set<String> GROUPS = Set.of("ROOT", "SO_NGANH");

    private final ImportPlanner planner = new ImportPlanner(
            Map.of("TU", new ImportPlanner.Existing("Tỉnh ủy Quảng Ngãi", "ROOT", null),
                    "STC", new ImportPlanner.Existing("Sở Tài chính", "SO_NGANH", "TU")),
            GROUPS);

    @Test
    void decidesCreateUpdateOrUnchangedPerRow() {
        ImportPreview preview = planner.plan(List.of(
                new RawRow(2, "stc", "Sở Tài chính", "so_nganh", "tu"),
                new RawRow(3, "TU", "Tỉnh ủy", "ROOT", ""),
                new RawRow(4, "SNV", "Sở Nội vụ", "SO_NGANH", "TU")));

        assertTrue(preview.importable());
        assertEquals(List.of(ImportAction.UNCHANGED, ImportAction.UPDATE, ImportAction.CREATE),
                preview.rows().stream().map(r -> r.action()).toList());
        assertEquals("STC", preview.rows().get(0).code());
    }

    @Test
    void listsEveryBadRowWithItsLineAndReason() {
        ImportPreview preview = planner.plan(List.of(
                new RawRow(2, "Sở?", "", "SO_NGANH", null),
                new RawRow(3, "SNV", "Sở Nội vụ", "KHONG_CO", null),
                new RawRow(4, "SYT", "Sở Y tế", "SO_NGANH", "XYZ"),
                new RawRow(5, "SNV", "Sở Nội vụ", "SO_NGANH", null)));

        assertFalse(preview.importable());
        List<String> found = preview.problems().stream().map(p -> p.line() + ":" + p.field() + ":" + p.key()).toList();
        assertEquals(List.of(
                "2:code:units.error.code-format",
                "2:name:error.field.required",
                "3:group:units.error.group-unknown",
                "5:code:units.import.duplicate",
                "4:parent_code:units.error.parent-unknown"), found);
    }

    @Test
    void refusesAParentThatWouldCloseACycle() {
        ImportPreview preview = planner.plan(List.of(new RawRow(2, "TU", "Tỉnh ủy Quảng Ngãi", "ROOT", "STC")));

        ImportProblem problem = preview.problems().get(0);
        assertEquals("units.error.cycle", problem.key());
        assertEquals(2, problem.line());
    }

    @Test
    void acceptsParentsDefinedLaterInTheSameFile() {
        ImportPreview preview = planner.plan(List.of(
                new RawRow(2, "PHONG-A", "Phòng A", "SO_NGANH", "SKHDT"),
                new RawRow(3, "SKHDT", "Sở Kế hoạch và Đầu tư", "SO_NGANH", "TU")));

        assertTrue(preview.importable(), preview.problems().toString());
    }
}
