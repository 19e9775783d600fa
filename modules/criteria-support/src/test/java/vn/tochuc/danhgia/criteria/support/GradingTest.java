package vn.tochuc.danhgia.criteria.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GradingTest {

    @Test
    void mapsTheGradesOntoTheCriterionsPointsWrittenTheVietnameseWay() {
        assertEquals("Xuất sắc: từ 5,4 đến 6 điểm; Tốt: từ 4,2 đến dưới 5,4 điểm; Trung bình: từ 3 đến dưới 4,2 "
                + "điểm; Kém: dưới 3 điểm.", Grading.forPoints(6));
        assertEquals("Xuất sắc: từ 6,3 đến 7 điểm; Tốt: từ 4,9 đến dưới 6,3 điểm; Trung bình: từ 3,5 đến dưới 4,9 "
                + "điểm; Kém: dưới 3,5 điểm.", Grading.forPoints(7));
    }

    @Test
    void tenPointsIsTheScaleOfTen() {
        assertEquals(Grading.TEN_POINTS, Grading.forPoints(10));
    }
}
