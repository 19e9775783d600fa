package vn.tochuc.danhgia.units.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Messages;
import vn.tochuc.danhgia.kernel.web.FacesErrors;
import vn.tochuc.danhgia.units.ImportAction;
import vn.tochuc.danhgia.units.ImportPreview;
import vn.tochuc.danhgia.units.ImportProblem;
import vn.tochuc.danhgia.units.ImportResult;
import vn.tochuc.danhgia.units.UnitService;

/**
 * The import tab: upload a CSV or XLSX file, see what it would do row by row, then import it whole. The file is kept
 * in the view between the preview and the import, and checked again when imported.
 */
@Named
@ViewScoped
public class UnitImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long MAX_BYTES = 2L * 1024 * 1024;

    @Inject
    transient UnitService units;

    @Inject
    UnitsView unitsView;

    private String fileName;
    private byte[] content;
    private ImportPreview preview;

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        if (file.getSize() > MAX_BYTES) {
            FacesErrors.show(new AppException(vn.tochuc.danhgia.kernel.ErrorKind.TOO_LARGE, "units.import.too-large",
                    MAX_BYTES / (1024 * 1024)));
            return;
        }
        fileName = file.getFileName();
        content = file.getContent();
        preview = units.previewImport(fileName, content);
    }

    public void confirm() {
        try {
            ImportResult result = units.importFile(fileName, content);
            FacesErrors.info("units.import.done", result.created(), result.updated(), result.unchanged());
            clear();
            unitsView.load();
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    public void clear() {
        fileName = null;
        content = null;
        preview = null;
    }

    public String problemText(ImportProblem problem, java.util.Locale locale) {
        return Messages.get(locale, problem.key(), problem.args().toArray());
    }

    public long count(String action) {
        return preview == null ? 0 : preview.count(ImportAction.valueOf(action));
    }

    public String getFileName() {
        return fileName;
    }

    public ImportPreview getPreview() {
        return preview;
    }
}
