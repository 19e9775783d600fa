package vn.tochuc.danhgia.criteria.support;

import vn.tochuc.danhgia.criteria.spi.Criterion;

/** Group 1 of the chief's and the deputy's frameworks: the same sub-criteria, the chief's with one more. */
final class PersonalCriteria {

    private static final String[] TITLES = {"Chính trị tư tưởng", "Đạo đức, lối sống", "Tác phong, lề lối làm việc",
        "Ý thức tổ chức kỷ luật", "Trách nhiệm nêu gương"};

    private PersonalCriteria() {}

    /** Group 1 of 30 points, with one sub-criterion 1.a, 1.b, … per entry of {@code points}, each graded. */
    static Criterion general(String title, String guidance, int... points) {
        Criterion[] children = new Criterion[points.length];
        for (int i = 0; i < points.length; i++) {
            children[i] = Criterion.of("1." + (char) ('a' + i), TITLES[i], points[i])
                    .withGuidance(Grading.forPoints(points[i]));
        }
        return Criterion.of("1", title, 30)
                .withGuidance(guidance)
                .withEvidence("Bản tự kiểm điểm (Mẫu 2B)", "Nhận xét của chi bộ nơi sinh hoạt và của cấp ủy nơi cư trú")
                .withChildren(children);
    }
}
