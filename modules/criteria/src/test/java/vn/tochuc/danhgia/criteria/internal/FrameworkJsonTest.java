package vn.tochuc.danhgia.criteria.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.FrameworkTree;
import vn.tochuc.danhgia.criteria.spi.ConcretizationRule;
import vn.tochuc.danhgia.criteria.spi.Criterion;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.TargetField;
import vn.tochuc.danhgia.kernel.CanonicalJson;

class FrameworkJsonTest {

    static Framework chief() {
        return Framework.of(SubjectType.CHIEF, "Khung tiêu chí đánh giá cấp trưởng \"Sở Tài chính\"",
                Criterion.of("1", "Chính trị tư tưởng; đạo đức, lối sống", 30).withChildren(
                        Criterion.of("1.a", "Tư tưởng chính trị", Points.parse("17,5")),
                        Criterion.of("1.b", "Đạo đức, lối sống", Points.parse("12.5"))),
                Criterion.of("2", "Kết quả thực hiện nhiệm vụ", 70)
                        .withGuidance("Chấm theo mức độ hoàn thành.\nMỗi chỉ tiêu một dòng.")
                        .withEvidence("Báo cáo tổng kết", "Quyết toán ngân sách")
                        .concretizedBy(ConcretizationRule.targets(3, 10, 70)
                                .requiring(TargetField.OUTPUT, TargetField.INDICATOR)
                                .withGuidance("40 + 15 + 15")));
    }

    @Test
    void writesTheSameBytesForTheSameFramework() {
        String once = FrameworkJson.write(Trees.of(chief()));
        String again = FrameworkJson.write(Trees.of(chief()));

        assertEquals(once, again);
        assertTrue(once.startsWith("{\"groups\":[{\"children\":[{\"children\":[],\"code\":\"1.a\""), once);
        assertTrue(once.contains("\"maxPoints\":17.5"), once);
        assertTrue(once.contains("\"maxPoints\":70,"), once);
        assertTrue(once.contains("\"requiredFields\":[\"INDICATOR\",\"OUTPUT\"]"), "SPI order, not insertion order");
        assertTrue(once.contains("Chấm theo mức độ hoàn thành.\\nMỗi chỉ tiêu"), "Vietnamese as is, \\n escaped");
        assertTrue(once.contains("\\\"Sở Tài chính\\\""), once);
        assertTrue(once.endsWith("\"totalPoints\":100}"), once);
    }

    @Test
    void readsBackTheSameTreeAndSpiFramework() {
        FrameworkTree tree = Trees.of(chief());

        FrameworkTree read = FrameworkJson.read(FrameworkJson.write(tree));

        assertEquals(tree, read);
        assertEquals(chief(), read.toFramework());
        assertEquals(FrameworkJson.write(tree), FrameworkJson.write(read));
    }

    @Test
    void wrapsASnapshotWithThePluginVersion() {
        String json = FrameworkJson.snapshot("so-tai-chinh", "1.0.0", Trees.of(chief()));

        assertTrue(json.startsWith("{\"framework\":{\"groups\""), json);
        assertTrue(json.endsWith(",\"pluginId\":\"so-tai-chinh\",\"pluginVersion\":\"1.0.0\"}"), json);
        assertEquals(Trees.of(chief()), FrameworkJson.readSnapshot(json));
    }

    @Test
    void escapesControlCharactersAndSortsKeys() {
        String json = CanonicalJson.write(Map.of("b", List.of(1, true), "a", "x\u0001y", "c", java.math.BigDecimal
                .valueOf(700, 1)));

        assertEquals("{\"a\":\"x\\u0001y\",\"b\":[1,true],\"c\":70}", json);
    }

    @Test
    void refusesAbsurdlyDeepFrameworks() {
        Criterion deep = Criterion.of("x", "x", 100);
        for (int i = 0; i < Trees.MAX_DEPTH + 1; i++) {
            deep = Criterion.of("n" + i, "n", 100).withChildren(deep);
        }
        Framework framework = Framework.of(SubjectType.CHIEF, "Sâu", deep);

        assertThrows(IllegalArgumentException.class, () -> Trees.of(framework));
    }
}
