package vn.tochuc.danhgia.criteria.support;

/**
 * Scoring guidance: the four grades of Reg. 124/366 (Xuất sắc, Tốt, Trung bình, Kém) mapped onto a criterion's
 * points with the same 90 / 70 / 50 % thresholds the whole scale uses, and how targets are scored.
 */
public final class Grading {

    /** The grades of a criterion of 10 points. */
    public static final String TEN_POINTS = "Xuất sắc: từ 9 đến 10 điểm; Tốt: từ 7 đến dưới 9 điểm; "
            + "Trung bình: từ 5 đến dưới 7 điểm; Kém: dưới 5 điểm.";

    /** How each target of a concretized criterion is scored. */
    public static final String TARGETS = "Mỗi chỉ tiêu được chấm theo mức độ hoàn thành: đạt hoặc vượt giá trị chỉ "
            + "tiêu, đúng thời hạn, có sản phẩm cụ thể thì được đủ điểm của chỉ tiêu; đạt một phần thì điểm tương ứng "
            + "tỷ lệ đạt được; chậm thời hạn thì trừ điểm theo mức độ chậm; không có sản phẩm thì 0 điểm.";

    private Grading() {}

    /** The grades for a criterion of {@code max} points, e.g. 6 gives "Xuất sắc: từ 5,4 đến 6 điểm; ...". */
    public static String forPoints(int max) {
        return "Xuất sắc: từ " + share(max, 9) + " đến " + max + " điểm; Tốt: từ " + share(max, 7) + " đến dưới "
                + share(max, 9) + " điểm; Trung bình: từ " + share(max, 5) + " đến dưới " + share(max, 7)
                + " điểm; Kém: dưới " + share(max, 5) + " điểm.";
    }

    /** {@code max × tenths / 10}, written the Vietnamese way (5,4). */
    private static String share(int max, int tenths) {
        int value = max * tenths;
        return value % 10 == 0 ? Integer.toString(value / 10) : (value / 10) + "," + (value % 10);
    }
}
