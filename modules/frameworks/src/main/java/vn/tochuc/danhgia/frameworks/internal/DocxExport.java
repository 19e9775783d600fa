package vn.tochuc.danhgia.frameworks.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.tochuc.danhgia.criteria.CriterionNode;
import vn.tochuc.danhgia.frameworks.TargetRow;
import vn.tochuc.danhgia.kernel.Zones;

/**
 * An approved framework as a Word document laid out like the annex of the draft regulation: A4 portrait with the
 * margins of administrative documents (top and bottom 2 cm, left 3 cm, right 1.5 cm), Times New Roman 13 (titles
 * 14), the title "KHUNG TIÊU CHÍ ĐÁNH GIÁ, XẾP LOẠI …" and the table STT | Tiêu chí | Điểm tối đa | Chỉ tiêu cụ thể hóa,
 * groups numbered I, II, … and their criteria 1, 2, … (a, b, … below), with a closing "Tổng cộng" row.
 */
final class DocxExport {

    static final String FONT = "Times New Roman";
    static final String[] HEADERS = {"STT", "Tiêu chí", "Điểm tối đa", "Chỉ tiêu cụ thể hóa"};
    /** Column widths in twentieths of a point; together the A4 text width between the margins (9355). */
    private static final int[] WIDTHS = {750, 3300, 1050, 4255};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DocxExport() {}

    static byte[] write(ApprovedDocument d) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            line(doc, "PHỤ LỤC", true, false, 14);
            line(doc, "KHUNG TIÊU CHÍ ĐÁNH GIÁ, XẾP LOẠI " + whom(d.subject().name()), true, false, 14);
            line(doc, d.unitName().toUpperCase(Locale.forLanguageTag("vi")) + " – NĂM " + d.year(), true, false, 13);
            line(doc, "(Đã được Ban Tổ chức Tỉnh ủy thẩm định, phê duyệt ngày "
                    + DATE.format(d.approvedAt().atZone(Zones.VIETNAM)) + ")", false, true, 13);
            if (!d.personName().isEmpty()) {
                line(doc, "Họ và tên: " + d.personName() + (d.personTitle().isEmpty() ? "" : " – Chức vụ: "
                        + d.personTitle()), false, false, 13);
            }
            if (!d.deputyField().isEmpty()) {
                line(doc, "Lĩnh vực được phân công phụ trách: " + d.deputyField(), false, false, 13);
            }
            table(doc, d);
            line(doc, "Khung tiêu chí gốc: " + d.framework().title() + " (" + d.source() + ")", false, true, 11);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The draft's wording: "tập thể lãnh đạo, quản lý", "cá nhân giữ chức vụ cấp trưởng / cấp phó". */
    static String whom(String subject) {
        switch (subject) {
            case "CHIEF":
                return "CÁ NHÂN GIỮ CHỨC VỤ CẤP TRƯỞNG";
            case "DEPUTY":
                return "CÁ NHÂN GIỮ CHỨC VỤ CẤP PHÓ";
            default:
                return "TẬP THỂ LÃNH ĐẠO, QUẢN LÝ";
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(850));
    }

    private static void line(XWPFDocument doc, String text, boolean bold, boolean italic, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(60);
        run(p, text, bold, italic, size);
    }

    private static void table(XWPFDocument doc, ApprovedDocument d) {
        XWPFTable table = doc.createTable(1, HEADERS.length);
        table.setTableAlignment(TableRowAlign.CENTER);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int i = 0; i < HEADERS.length; i++) {
            cell(header.getCell(i), i, List.of(HEADERS[i]), true, ParagraphAlignment.CENTER);
        }
        List<CriterionNode> groups = d.framework().groups();
        for (int g = 0; g < groups.size(); g++) {
            criterion(table, d, groups.get(g), roman(g + 1), 0);
        }
        XWPFTableRow total = table.createRow();
        cell(total.getCell(0), 0, List.of(""), true, ParagraphAlignment.CENTER);
        cell(total.getCell(1), 1, List.of("Tổng cộng"), true, ParagraphAlignment.CENTER);
        cell(total.getCell(2), 2, List.of(Numbers.points(d.framework().totalPoints())), true,
                ParagraphAlignment.CENTER);
        cell(total.getCell(3), 3, List.of(""), false, ParagraphAlignment.LEFT);
    }

    private static void criterion(XWPFTable table, ApprovedDocument d, CriterionNode node, String number, int depth) {
        XWPFTableRow row = table.createRow();
        boolean group = depth == 0;
        cell(row.getCell(0), 0, List.of(number), group, ParagraphAlignment.CENTER);
        cell(row.getCell(1), 1, List.of(node.title()), group, ParagraphAlignment.LEFT);
        cell(row.getCell(2), 2, List.of(Numbers.points(node.maxPoints())), group, ParagraphAlignment.CENTER);
        List<TargetRow> targets = d.targets().getOrDefault(node.code(), List.of());
        cell(row.getCell(3), 3, targets.isEmpty() ? List.of("") : targets(targets), false, ParagraphAlignment.LEFT);
        for (int i = 0; i < node.children().size(); i++) {
            String child = depth == 0 ? Integer.toString(i + 1) : String.valueOf((char) ('a' + i % 26));
            criterion(table, d, node.children().get(i), child, depth + 1);
        }
    }

    /** One paragraph per target: "1. Title: chỉ số …; chỉ tiêu 95 %; sản phẩm …; thời hạn 30/11/2026; 17,5 điểm." */
    static List<String> targets(List<TargetRow> targets) {
        return java.util.stream.IntStream.range(0, targets.size()).mapToObj(i -> {
            TargetRow t = targets.get(i);
            StringBuilder text = new StringBuilder().append(i + 1).append(". ").append(t.title());
            if (!t.indicator().isEmpty()) {
                text.append(". Chỉ số: ").append(t.indicator());
            }
            if (t.targetValue() != null) {
                text.append("; chỉ tiêu: ").append(Numbers.value(t.targetValue())).append(' ').append(t.unit());
            }
            if (!t.output().isEmpty()) {
                text.append("; sản phẩm: ").append(t.output());
            }
            if (t.deadline() != null) {
                text.append("; thời hạn: ").append(DATE.format(t.deadline()));
            }
            text.append("; ").append(Numbers.points(t.points())).append(" điểm.");
            return text.toString();
        }).toList();
    }

    private static void cell(XWPFTableCell cell, int column, List<String> lines, boolean bold,
            ParagraphAlignment align) {
        cell.setWidth(Integer.toString(WIDTHS[column]));
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            p.setAlignment(align);
            run(p, lines.get(i), bold, false, 13);
        }
    }

    private static void run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }

    static String roman(int n) {
        String[] numerals = {"X", "IX", "V", "IV", "I"};
        int[] values = {10, 9, 5, 4, 1};
        StringBuilder text = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                text.append(numerals[i]);
                rest -= values[i];
            }
        }
        return text.toString();
    }
}
