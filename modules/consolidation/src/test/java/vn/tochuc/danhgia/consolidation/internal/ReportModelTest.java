package vn.tochuc.danhgia.consolidation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.consolidation.ConsolidationReport;
import vn.tochuc.danhgia.consolidation.Decision;
import vn.tochuc.danhgia.consolidation.DispositionState;
import vn.tochuc.danhgia.consolidation.ReportRow;
import vn.tochuc.danhgia.consolidation.domain.Disposition;
import vn.tochuc.danhgia.consultations.SubmittedComment;

/** The report as data: rows in document order, groups as one row, summary counts, the silent units. */
class ReportModelTest {

    @Test
    void rowsFollowTheDocumentNotTheOrderOfSubmission() {
        ConsolidationReport report = ReportModel.build(Scenario.inputs(Scenario.comments(), List.of(
                Scenario.decided(20, Decision.PARTLY, "Tiếp thu nâng lên 35 điểm.", null),
                Scenario.decided(21, Decision.EXPLAINED, "Mức xếp loại theo Quy định 124-QĐ/TW.", null))),
                ReportSettings.Values.quangNgai());

        List<ReportRow> rows = report.rows();
        assertEquals(List.of("Khoản 1 Điều 3", "Điều 6"), rows.stream().map(ReportRow::provision).toList());
        assertEquals(List.of(1, 2), rows.stream().map(ReportRow::number).toList());
        assertEquals(List.of("Sở Tài chính"), rows.get(0).units());
        assertEquals("Mức xếp loại theo Quy định 124-QĐ/TW.", rows.get(1).response());
        assertEquals(DispositionState.PROPOSED, rows.get(1).state());
    }

    @Test
    void commentsOnTheSameNodeAreOrderedByUnitNameInVietnameseOrder() {
        List<SubmittedComment> comments = List.of(
                Scenario.comment(1, "SYT", "Sở Y tế", "D2", 5, "Điều 2", "c"),
                Scenario.comment(2, "STC", "Sở Tài chính", "D2", 5, "Điều 2", "b"),
                Scenario.comment(3, "DKCQ", "Đảng ủy Khối", "D2", 5, "Điều 2", "d"),
                Scenario.comment(4, "BDT", "Ban Dân tộc", "D2", 5, "Điều 2", "a"),
                Scenario.comment(5, "SXD", "Sở Xây dựng", "D1", 1, "Điều 1", "e"));

        List<ReportRow> rows = ReportModel.rows(comments, java.util.Map.of());

        assertEquals(List.of("Sở Xây dựng", "Ban Dân tộc", "Đảng ủy Khối", "Sở Tài chính", "Sở Y tế"),
                rows.stream().map(r -> r.units().get(0)).toList(), "D before Đ before S; Tài before Y");
    }

    @Test
    void aGroupOfIdenticalCommentsIsOneRowListingEveryUnit() {
        List<SubmittedComment> comments = List.of(
                Scenario.comment(1, "STC", "Sở Tài chính", "D3.K1", 12, "Khoản 1", "Tăng lên 35 điểm"),
                Scenario.comment(2, "SYT", "Sở Y tế", "D3.K1", 12, "Khoản 1", "Nên là 35 điểm"),
                Scenario.comment(3, "SCT", "Sở Công Thương", "D6", 30, "Điều 6", "Khác"),
                Scenario.comment(4, "BDT", "Ban Dân tộc", "D7", 35, "Điều 7", "Cũng đề nghị 35 điểm"));
        List<Disposition> decisions = List.of(Scenario.decided(1, Decision.ACCEPTED, "Đã sửa.", 77L),
                Scenario.decided(2, Decision.ACCEPTED, "Đã sửa.", 77L),
                Scenario.decided(4, Decision.ACCEPTED, "Đã sửa.", 77L));

        List<ReportRow> rows = ReportModel.rows(comments, Rows.byComment(decisions));

        assertEquals(2, rows.size(), rows.toString());
        assertEquals(List.of("Sở Tài chính", "Sở Y tế", "Ban Dân tộc"), rows.get(0).units());
        assertEquals(List.of(1L, 2L, 4L), rows.get(0).commentIds());
        assertEquals("Tăng lên 35 điểm", rows.get(0).text(), "the first member's text stands for the group");
        assertEquals(null, rows.get(1).decision(), "undecided");
    }

    @Test
    void theSummaryCountsUnitsAndDecisionsAndListsTheSilentOnes() {
        ConsolidationReport report = ReportModel.build(Scenario.inputs(Scenario.comments(),
                List.of(Scenario.decided(20, Decision.ACCEPTED, "", null))), ReportSettings.Values.quangNgai());

        assertEquals(3, report.summary().asked());
        assertEquals(2, report.summary().answered());
        assertEquals(1, report.summary().agreed());
        assertEquals(1, report.summary().withComments());
        assertEquals(1, report.summary().notAnswered());
        assertEquals(2, report.summary().comments());
        assertEquals(1, report.summary().progress().decided());
        assertEquals(List.of("Sở Y tế"), report.notAnswered());
        assertEquals("Quảng Ngãi, ngày 05 tháng 11 năm 2023", report.placeAndDate());
        assertEquals("Số        -BC/BTCTU", report.numberLine());
        assertTrue(report.subject().endsWith("đối với dự thảo Quy định cụ thể hóa một số nội dung đánh giá, xếp loại"),
                report.subject());
        assertTrue(report.intro().contains("123-CV/BTCTU"), report.intro());
    }

    @Test
    void aTitleTypedInCapitalsIsLoweredForTheSentence() {
        assertEquals("Quy định cụ thể hóa", ReportModel.sentence("QUY ĐỊNH cụ thể hóa"));
        assertEquals("Kế hoạch số 5-KH/TU", ReportModel.sentence("Kế hoạch số 5-KH/TU"));
        assertEquals("dự thảo", ReportModel.sentence(""));
    }

    @Test
    void fiftyThousandRowsAreOrderedInLinearishTime() {
        List<SubmittedComment> many = Reports.comments(1000, 50);
        long t = System.nanoTime();
        List<ReportRow> rows = ReportModel.rows(many, java.util.Map.of());
        double ms = (System.nanoTime() - t) / 1e6;

        assertEquals(50_000, rows.size());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).nodeOrder() <= rows.get(i).nodeOrder(), "document order at " + i);
        }
        assertTrue(ms < 5_000, "ordering 50,000 rows took " + ms + " ms");
    }
}
