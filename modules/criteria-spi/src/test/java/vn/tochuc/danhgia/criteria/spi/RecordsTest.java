package vn.tochuc.danhgia.criteria.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordsTest {

    private static Framework collective() {
        return Framework.of(SubjectType.COLLECTIVE, "Khung tiêu chí đánh giá tập thể",
                Criterion.of("1", "Xây dựng Đảng và hệ thống chính trị", 30).withChildren(
                        Criterion.of("1.a", "Lãnh đạo công tác chính trị, tư tưởng", 10),
                        Criterion.of("1.b", "Đoàn kết nội bộ; kiểm tra, giám sát", 10),
                        Criterion.of("1.c", "Công tác tổ chức, cán bộ", 10)),
                Criterion.of("2", "Kết quả thực hiện nhiệm vụ chính trị được giao", 70)
                        .concretizedBy(ConcretizationRule.targets(3, 10, 70)));
    }

    @Test
    void turnsMissingValuesIntoEmptyOnesSoTheHostCanReportThem() {
        Criterion blank = new Criterion(null, null, null, null, null, null, null);

        assertEquals("", blank.code());
        assertEquals("", blank.title());
        assertEquals(Points.ZERO, blank.maxPoints());
        assertTrue(blank.evidence().isEmpty());
        assertTrue(blank.children().isEmpty());
        assertNull(blank.concretization());
        assertEquals("", new Target(null, null, null, null, null, null, null).unit());
        assertEquals(Severity.ERROR, new CheckMessage(null, null, null, null, null).severity());
    }

    @Test
    void aMessageOfSpi10HasNoEnglishTextAndFallsBackToVietnamese() throws Exception {
        CheckMessage old = CheckMessage.error("stc.giai-ngan", "2", 0, "Cần có chỉ tiêu giải ngân.");

        assertEquals("", old.textEn());
        assertEquals("Cần có chỉ tiêu giải ngân.", old.englishOrVietnamese());
        // Plugins compiled against SPI 1.0 link to this constructor: it must stay.
        assertEquals(old, CheckMessage.class.getConstructor(Severity.class, String.class, String.class,
                Integer.class, String.class).newInstance(Severity.ERROR, "stc.giai-ngan", "2", 0,
                "Cần có chỉ tiêu giải ngân."));
    }

    @Test
    void aMessageMayCarryAnEnglishText() {
        CheckMessage both = CheckMessage.warning("stc.giai-ngan", "2", null, "Cần có chỉ tiêu giải ngân.")
                .withEnglish("Add a disbursement target.");

        assertEquals("Cần có chỉ tiêu giải ngân.", both.text());
        assertEquals("Add a disbursement target.", both.englishOrVietnamese());
        assertEquals(Severity.WARNING, both.severity());
    }

    @Test
    void walksTheFrameworkTreeParentsFirst() {
        Framework framework = collective();

        assertEquals(List.of("1", "1.a", "1.b", "1.c", "2"), framework.criteria().map(Criterion::code).toList());
        assertEquals(Points.of(100), framework.totalPoints());
        assertEquals("Công tác tổ chức, cán bộ", framework.criterion("1.c").orElseThrow().title());
        assertEquals(List.of("2"), framework.concretizedCriteria().stream().map(Criterion::code).toList());
    }

    @Test
    void requiresEveryTargetFieldUnlessToldOtherwise() {
        ConcretizationRule rule = ConcretizationRule.targets(3, 10, 70);

        assertEquals(EnumSet.allOf(TargetField.class), rule.requiredFields());
        assertEquals(Points.of(70), rule.pointsSum());
        assertEquals(EnumSet.of(TargetField.OUTPUT), rule.requiring(TargetField.OUTPUT).requiredFields());
        assertTrue(rule.requiring().requiredFields().isEmpty());
    }

    @Test
    void copiesListsSoAPluginCannotChangeWhatTheHostHolds() {
        List<Criterion> children = new ArrayList<>(List.of(Criterion.of("1.a", "A", 10)));
        Criterion group = new Criterion("1", "Nhóm", Points.of(10), "", List.of(), null, children);
        children.clear();

        assertEquals(1, group.children().size());
        assertThrows(UnsupportedOperationException.class, () -> group.children().add(group));
    }

    @Test
    void keepsTargetsInTheOrderTheUnitEnteredThem() {
        Target first = new Target("Một", "", null, "", "", null, Points.of(40));
        Target second = new Target("Hai", "", null, "", "", null, Points.of(30));
        Concretization concretization = Concretization.of(SubjectType.CHIEF, "STC", 2026)
                .withTargets("2", List.of(first, second))
                .withTargets("1", List.of());

        assertEquals(List.of("2", "1"), List.copyOf(concretization.targets().keySet()));
        assertEquals(second, concretization.targetsOf("2").get(1));
        assertTrue(concretization.targetsOf("9").isEmpty());
    }

    @Test
    void matchesUnitsDirectlyOrThroughTheirGroup() {
        PluginDescriptor descriptor = PluginDescriptor.of("tham-muu-tu", "1.0.0", "Tham mưu")
                .servingGroups("THAM_MUU_TU")
                .basedOn(Regulations.QD_366, YearRange.of(2025, 2030));

        assertTrue(descriptor.serves("VPTU", "THAM_MUU_TU"));
        assertFalse(descriptor.serves("STC", "SO_NGANH"));
        assertTrue(descriptor.appliesTo(2026));
        assertFalse(descriptor.appliesTo(2024));
    }

    @Test
    void findsTheAchievedValueOfATarget() {
        ScoringRequest request = new ScoringRequest(Concretization.of(SubjectType.COLLECTIVE, "STC", 2026),
                List.of(new Measurement("2", 1, new BigDecimal("96.5"))));

        assertEquals(new BigDecimal("96.5"), request.achieved("2", 1).orElseThrow());
        assertTrue(request.achieved("2", 0).isEmpty());
    }

    @Test
    void givesPluginsOnlyTheirStringSettings() {
        PluginConfig config = new PluginConfig(Map.of("nguong-giai-ngan", "95"));

        assertEquals("95", config.get("nguong-giai-ngan", "90"));
        assertEquals("90", PluginConfig.empty().get("nguong-giai-ngan", "90"));
    }
}
