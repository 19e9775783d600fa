package vn.tochuc.danhgia.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextSearchTest {

    @Test
    void findsVietnameseTypedWithoutToneMarks() {
        assertTrue(TextSearch.matches("so tai chinh", "Sở Tài chính"));
        assertTrue(TextSearch.matches("ĐÁNH GIÁ", "Quy định đánh giá, xếp loại"));
        assertTrue(TextSearch.matches("dang uy", "Đảng ủy Khối"));
    }

    @Test
    void needsEveryWordSomewhereAmongTheFields() {
        assertTrue(TextSearch.matches("123 xep loai", "Xin ý kiến dự thảo xếp loại", "123-CV/BTCTU"));
        assertFalse(TextSearch.matches("123 khen thuong", "Xin ý kiến dự thảo xếp loại", "123-CV/BTCTU"));
    }

    @Test
    void aBlankQueryMatchesEverything() {
        assertTrue(TextSearch.matches("  ", "anything"));
        assertTrue(TextSearch.matches(null, (String) null));
    }

    @Test
    void foldsCaseMarksAndSpaces() {
        assertEquals("so giao duc va dao tao", TextSearch.fold("  Sở Giáo dục  và Đào tạo "));
    }
}
