package vn.tochuc.danhgia.consolidation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.tochuc.danhgia.consolidation.ConsolidationReport;
import vn.tochuc.danhgia.consolidation.ConsolidationService;
import vn.tochuc.danhgia.consolidation.ConsolidationView;
import vn.tochuc.danhgia.consolidation.IssueRequest;
import vn.tochuc.danhgia.consolidation.ReportRow;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.kernel.Messages;
import vn.tochuc.danhgia.kernel.PdfConverter;
import vn.tochuc.danhgia.kernel.Zones;
import vn.tochuc.danhgia.kernel.web.FacesErrors;

/**
 * Backs {@code board/consolidation-report.xhtml?id=}: the report previewed as it will be printed, its .docx, .pdf and
 * .xlsx ({@code ?download=docx|pdf|xlsx}), completing the consolidation and issuing the final text.
 */
@Named("consolidationReport")
@ViewScoped
public class ReportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern(Zones.DATE_PATTERN);

    @Inject
    transient ConsolidationService consolidation;

    @Inject
    transient PdfConverter pdf;

    private long id;
    private String download;
    private ConsolidationView overview;
    private ConsolidationReport report;
    private String number;
    private String issuedOn = LocalDate.now(Zones.VIETNAM).format(INPUT);

    public void load() {
        try {
            if (sent()) {
                return;
            }
        } catch (AppException e) {
            FacesErrors.show(e);
        }
        try {
            refresh();
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    /** Sends the file {@code ?download=} asks for; false when none is asked for. */
    private boolean sent() {
        String name = "bao-cao-tiep-thu-giai-trinh-" + id + "." + download;
        switch (download == null ? "" : download) {
            case "docx" -> Downloads.send(consolidation.reportDocx(id), name, Downloads.DOCX);
            case "pdf" -> Downloads.send(pdf.toPdf(consolidation.reportDocx(id), "docx"), name,
                    PdfConverter.MEDIA_TYPE);
            case "xlsx" -> Downloads.send(consolidation.reportXlsx(id), name, Downloads.XLSX);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void refresh() {
        overview = consolidation.overview(id);
        report = consolidation.report(id);
    }

    public void consolidate() {
        try {
            consolidation.consolidate(id);
            refresh();
            FacesErrors.info("consolidation.workspace.consolidated");
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    public void issue() {
        try {
            LocalDate date = LocalDate.parse(issuedOn == null ? "" : issuedOn.strip(), INPUT);
            consolidation.issue(id, new IssueRequest(number, date));
            refresh();
            FacesErrors.info("consolidation.report.issued", overview.issuedNumber());
        } catch (DateTimeParseException e) {
            FacesErrors.show(AppException.invalid(List.of(FieldError.of("issuedOn", "consolidation.report.bad-date"))));
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    /** The decision as the (always Vietnamese) report names it. */
    public String label(ReportRow row) {
        return row.decision() == null ? "" : Messages.get(Messages.VIETNAMESE,
                "consolidation.decision." + row.decision().name());
    }

    /** The issue date as people write it (dd/MM/yyyy). */
    public String getIssuedOnText() {
        return overview == null || overview.issuedOn() == null ? "" : overview.issuedOn().format(INPUT);
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getDownload() {
        return download;
    }

    public void setDownload(String download) {
        this.download = download;
    }

    public ConsolidationView getOverview() {
        return overview;
    }

    public ConsolidationReport getReport() {
        return report;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(String issuedOn) {
        this.issuedOn = issuedOn;
    }
}
