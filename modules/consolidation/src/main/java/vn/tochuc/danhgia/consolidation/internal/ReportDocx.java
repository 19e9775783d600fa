package vn.tochuc.danhgia.consolidation.internal;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import vn.tochuc.danhgia.consolidation.ConsolidationReport;
import vn.tochuc.danhgia.consolidation.ReportRow;

/**
 * The report as a .docx. POI (XWPF) lays out the whole document around one template row of the table; the data rows
 * are then streamed into {@code word/document.xml} from that template, so 50,000 rows cost a linear pass and no
 * object per cell (an XWPF table of 50,000 rows would need gigabytes of XML beans).
 */
public final class ReportDocx {

    private static final String DOCUMENT = "word/document.xml";

    private ReportDocx() {}

    public static byte[] write(ConsolidationReport report, int fontSize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024 + report.rows().size() * 1500);
        write(report, fontSize, out);
        return out.toByteArray();
    }

    public static void write(ConsolidationReport report, int fontSize, OutputStream out) {
        byte[] skeleton = ReportLayout.skeleton(report, fontSize);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(skeleton));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(5);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (DOCUMENT.equals(entry.getName())) {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    // Buffered: Writer.write(String) of a long piece would otherwise copy it into a new array each time.
                    Writer writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
                    streamRows(xml, report.rows(), writer);
                    writer.flush();
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report", e);
        }
    }

    /** Writes the document with the template row replaced by one row per report row. */
    static void streamRows(String xml, List<ReportRow> rows, Writer out) throws IOException {
        RowTemplate template = RowTemplate.find(xml);
        out.write(xml, 0, template.start());
        String[] values = new String[RowTemplate.SLOTS];
        for (ReportRow row : rows) {
            values[0] = String.valueOf(row.number());
            values[1] = row.provision();
            values[2] = row.content();
            values[3] = String.join("\n", row.units());
            values[4] = ReportText.decisionLabel(row);
            values[5] = ReportText.response(row);
            template.write(values, out);
        }
        out.write(xml, template.end(), xml.length() - template.end());
    }
}
