package vn.tochuc.danhgia.consolidation;

/**
 * The summary at the top of the report.
 *
 * @param asked units asked for comments
 * @param answered units that submitted (late ones included)
 * @param agreed units that agreed with the draft ("Thống nhất với dự thảo")
 * @param withComments units that commented
 * @param late units that submitted after their deadline
 * @param notAnswered units that did not submit
 * @param comments comments submitted
 */
public record ReportSummary(int asked, int answered, int agreed, int withComments, int late, int notAnswered,
        int comments, Progress progress) {}
