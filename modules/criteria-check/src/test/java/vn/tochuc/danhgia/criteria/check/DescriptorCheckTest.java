package vn.tochuc.danhgia.criteria.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tochuc.danhgia.criteria.spi.PluginDescriptor;
import vn.tochuc.danhgia.criteria.spi.Regulations;
import vn.tochuc.danhgia.criteria.spi.Severity;
import vn.tochuc.danhgia.criteria.spi.YearRange;

class DescriptorCheckTest {

    private static List<String> codes(PluginDescriptor descriptor) {
        return DescriptorCheck.check(descriptor).stream().map(Finding::code).toList();
    }

    @Test
    void acceptsAWellFormedDescriptor() {
        assertEquals(List.of(), DescriptorCheck.check(DraftFrameworks.descriptor()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SoTaiChinh", "so_tai_chinh", "-so-tai-chinh", "so--tai-chinh", "so-tai-chinh-", "1-so",
        "sở-tài-chính", ""})
    void rejectsIdThatIsNotKebabCase(String id) {
        PluginDescriptor descriptor = PluginDescriptor.of(id, "1.0.0", "Tên").servingUnits("STC")
                .basedOn(Regulations.QD_366, YearRange.of(2025, 2030));

        assertEquals(List.of("PLUGIN_ID_INVALID"), codes(descriptor));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "v1.0.0", "1.0.0.0", "01.0.0", "1.0.0-", ""})
    void rejectsVersionThatIsNotSemver(String version) {
        PluginDescriptor descriptor = PluginDescriptor.of("demo", version, "Tên").servingUnits("STC")
                .basedOn(Regulations.QD_366, YearRange.of(2025, 2030));

        assertEquals(List.of("PLUGIN_VERSION_INVALID"), codes(descriptor));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.0", "2.10.3", "1.2.0-rc.1", "1.0.0+build.5"})
    void acceptsSemverVersions(String version) {
        PluginDescriptor descriptor = PluginDescriptor.of("demo", version, "Tên").servingUnits("STC")
                .basedOn(Regulations.QD_366, YearRange.of(2025, 2030));

        assertEquals(List.of(), codes(descriptor));
    }

    @Test
    void rejectsDescriptorServingNoUnitOrGroup() {
        PluginDescriptor descriptor = PluginDescriptor.of("demo", "1.0.0", "Tên")
                .basedOn(Regulations.QD_366, YearRange.of(2025, 2030));

        assertEquals(List.of("NOTHING_SERVED"), codes(descriptor));
    }

    @Test
    void acceptsAGroupPluginThatServesNoUnitDirectly() {
        PluginDescriptor descriptor = PluginDescriptor.of("tham-muu-tu", "1.0.0", "Tham mưu")
                .servingGroups("THAM_MUU_TU").basedOn(Regulations.QD_366, YearRange.of(2025, 2030));

        assertEquals(List.of(), codes(descriptor));
    }

    @Test
    void rejectsMalformedAndRepeatedUnitCodes() {
        PluginDescriptor descriptor = PluginDescriptor.of("demo", "1.0.0", "Tên")
                .servingUnits("STC", "stc", "STC", "DD-HDND")
                .servingGroups("tham muu")
                .basedOn(Regulations.QD_366, YearRange.of(2025, 2030));

        assertEquals(List.of("UNIT_CODE_INVALID", "CODE_SERVED_TWICE", "GROUP_CODE_INVALID"), codes(descriptor));
    }

    @Test
    void rejectsMissingNameRegulationAndYears() {
        PluginDescriptor descriptor = PluginDescriptor.of("demo", "1.0.0", " ").servingUnits("STC");

        assertEquals(List.of("DISPLAY_NAME_MISSING", "REGULATION_MISSING", "YEARS_MISSING"), codes(descriptor));
    }

    @Test
    void rejectsYearRangeOutOfOrderOrOutside2000To2100() {
        PluginDescriptor backwards = DraftFrameworks.descriptor().basedOn(Regulations.QD_366, YearRange.of(2030, 2025));
        PluginDescriptor tooLate = DraftFrameworks.descriptor().basedOn("Quy định khác", YearRange.of(2025, 2101));
        PluginDescriptor tooEarly = DraftFrameworks.descriptor().basedOn("Quy định khác", YearRange.of(1999, 2000));

        assertEquals(List.of("YEARS_INVALID"), codes(backwards));
        assertEquals(List.of("YEARS_INVALID"), codes(tooLate));
        assertEquals(List.of("YEARS_INVALID"), codes(tooEarly));
        assertEquals("Khoảng năm áp dụng 2030–2025 không hợp lệ: năm bắt đầu không được sau năm kết thúc và cả hai "
                + "phải nằm trong khoảng 2000–2100.", DescriptorCheck.check(backwards).get(0).messageVi());
    }

    @Test
    void warnsWhenRegulation124IsDeclaredForYearsAfter2024() {
        PluginDescriptor descriptor = DraftFrameworks.descriptor().basedOn(Regulations.QD_124, YearRange.of(2023, 2026));

        Finding finding = DescriptorCheck.check(descriptor).get(0);

        assertEquals("REGULATION_YEARS_MISMATCH", finding.code());
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("Quy định 124-QĐ/TW áp dụng cho các năm 2023–2024, nhưng plugin khai báo các năm 2023–2026.",
                finding.messageVi());
    }

    @Test
    void warnsWhenRegulation366IsDeclaredForYearsBefore2025() {
        PluginDescriptor descriptor = DraftFrameworks.descriptor().basedOn(Regulations.QD_366, YearRange.of(2024, 2030));

        Finding finding = DescriptorCheck.check(descriptor).get(0);

        assertEquals("Quy định 366-QĐ/TW applies to the years from 2025, but the plugin declares 2024–2030.",
                finding.messageEn());
    }

    @Test
    void acceptsRegulationWrittenWithoutDiacriticsForItsOwnYears() {
        PluginDescriptor descriptor = DraftFrameworks.descriptor().basedOn("Quy dinh 124-QD/TW", YearRange.of(2023, 2024));

        assertTrue(DescriptorCheck.check(descriptor).isEmpty());
    }
}
