package vn.tochuc.danhgia.consolidation;

import java.time.LocalDate;
import java.util.List;

/**
 * The "Báo cáo tổng hợp, tiếp thu, giải trình ý kiến góp ý" as data, for the .docx, the .xlsx and the preview.
 *
 * @param issuerParent the issuing body's superior, first line of the header ("TỈNH ỦY QUẢNG NGÃI")
 * @param issuer the issuing body ("BAN TỔ CHỨC")
 * @param numberLine "Số      -BC/BTCTU" (the number is written when the report is signed)
 * @param placeAndDate "Quảng Ngãi, ngày 05 tháng 11 năm 2023"
 * @param subject the line under "BÁO CÁO": "Tổng hợp, tiếp thu, giải trình ý kiến góp ý …"
 * @param intro the opening paragraph (the request letter, its date, the deadline)
 * @param rows the table in document order
 * @param notAnswered the units that did not answer, by name
 * @param signerTitle "TRƯỞNG BAN", above the signature
 */
public record ConsolidationReport(long consultationId, String issuerParent, String issuer, String numberLine,
        String placeAndDate, LocalDate date, String subject, String intro, ReportSummary summary, List<ReportRow> rows,
        List<String> notAnswered, List<String> recipients, String signerTitle) {

    public ConsolidationReport {
        rows = List.copyOf(rows);
        notAnswered = List.copyOf(notAnswered);
        recipients = List.copyOf(recipients);
    }
}
