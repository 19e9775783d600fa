package vn.tochuc.danhgia.units.rest;

import java.util.List;
import java.util.Locale;
import vn.tochuc.danhgia.kernel.Messages;
import vn.tochuc.danhgia.units.ImportAction;
import vn.tochuc.danhgia.units.ImportPreview;
import vn.tochuc.danhgia.units.ImportRow;

/** An import preview with every problem worded in the caller's language. */
public record ImportPreviewJson(boolean importable, long create, long update, long unchanged, List<ImportRow> rows,
        List<Line> problems) {

    /** One bad row (line 0: the whole file). */
    public record Line(int line, String field, String message) {}

    static ImportPreviewJson of(ImportPreview preview, Locale locale) {
        return new ImportPreviewJson(preview.importable(), preview.count(ImportAction.CREATE),
                preview.count(ImportAction.UPDATE), preview.count(ImportAction.UNCHANGED), preview.rows(),
                preview.problems().stream()
                        .map(p -> new Line(p.line(), p.field(), Messages.get(locale, p.key(), p.args().toArray())))
                        .toList());
    }
}
