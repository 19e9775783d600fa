package vn.tochuc.danhgia.criteria.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

class CheckReportTest {

    private final Finding error = FindingCode.TARGET_TITLE_MISSING.about(SubjectType.CHIEF, "2", 2, "2", 3);
    private final Finding warning = FindingCode.NO_CONCRETIZED_CRITERION.about(SubjectType.DEPUTY, null, null,
            SubjectType.DEPUTY);

    @Test
    void isOkWithWarningsButNotWithErrors() {
        assertTrue(CheckReport.of(List.of(warning)).ok());
        assertFalse(CheckReport.of(List.of(warning, error)).ok());
        assertEquals(List.of(error), CheckReport.of(List.of(warning, error)).errors());
    }

    @Test
    void describesEachFindingOnOneLineInBothLanguages() {
        String text = CheckReport.of(List.of(error)).describe();

        assertEquals("ERROR TARGET_TITLE_MISSING [CHIEF 2 #3] Chỉ tiêu thứ 3 của tiêu chí 2 chưa có nội dung. | "
                + "Target 3 of criterion 2 has no title.\n", text);
    }

    @Test
    void givesTheMessageInTheUsersLanguageVietnameseByDefault() {
        assertEquals("Target 3 of criterion 2 has no title.", error.message(Locale.ENGLISH));
        assertEquals("Chỉ tiêu thứ 3 của tiêu chí 2 chưa có nội dung.", error.message(Locale.FRENCH));
        assertEquals(error.messageVi(), error.message(null));
    }

    @Test
    void writesYearsWithoutThousandsSeparatorsAndLeavesBracesInValuesAlone() {
        Finding finding = FindingCode.YEARS_INVALID.about(null, null, null, 2030, "{1}");

        assertTrue(finding.messageVi().startsWith("Khoảng năm áp dụng 2030–{1} không hợp lệ"), finding.messageVi());
    }

    @Test
    void keepsEveryGenericMessageInBothLanguages() {
        for (FindingCode code : FindingCode.values()) {
            Finding finding = code.about(null, null, null);
            assertFalse(finding.messageVi().isBlank(), code.name());
            assertFalse(finding.messageEn().isBlank(), code.name());
            assertFalse(finding.messageVi().equals(finding.messageEn()), code.name());
        }
    }
}
