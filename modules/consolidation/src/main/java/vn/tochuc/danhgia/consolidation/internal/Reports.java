package vn.tochuc.danhgia.consolidation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import vn.tochuc.danhgia.consolidation.ConsolidationReport;
import vn.tochuc.danhgia.consolidation.domain.ConsolidationRepository;
import vn.tochuc.danhgia.consultations.ConsultationView;
import vn.tochuc.danhgia.documents.DocumentService;
import vn.tochuc.danhgia.kernel.Zones;

/** The consolidation report (báo cáo tổng hợp, tiếp thu, giải trình) as data, .docx and .xlsx; always Vietnamese. */
@ApplicationScoped
public class Reports {

    @Inject
    DocumentService documents;

    @Inject
    ConsultationComments consultations;

    @Inject
    ConsolidationRepository repository;

    @Inject
    ReportSettings settings;

    ConsolidationReport report(long consultationId) {
        ConsultationView c = consultations.consultation(consultationId);
        ReportModel.Inputs inputs = new ReportModel.Inputs(c, documents.get(c.documentId()).title(),
                consultations.counts(consultationId), consultations.status(consultationId),
                consultations.submitted(consultationId), repository.decisions(consultationId),
                LocalDate.now(Zones.VIETNAM));
        return ReportModel.build(inputs, settings.values());
    }

    byte[] docx(long consultationId) {
        return ReportDocx.write(report(consultationId), settings.values().fontSize());
    }

    byte[] xlsx(long consultationId) {
        return ReportXlsx.write(report(consultationId));
    }
}
