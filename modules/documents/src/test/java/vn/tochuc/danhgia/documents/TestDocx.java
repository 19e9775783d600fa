package vn.tochuc.danhgia.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Builds small .docx files with POI, each paragraph the way Word writes it, for the "real Word" cases. */
public final class TestDocx {

    /** One level of a list definition: format ("decimal", "lowerLetter", …), level text, start, lvlRestart. */
    public record Level(String format, String text, int start, Integer restartAfter) {}

    private final XWPFDocument document = new XWPFDocument();

    public static TestDocx create() {
        return new TestDocx();
    }

    public static Level level(String format, String text, int start) {
        return new Level(format, text, start, null);
    }

    public TestDocx p(String text) {
        return runs(text);
    }

    /** One paragraph made of several runs, as Word splits text after edits or spell checking. */
    public TestDocx runs(String... pieces) {
        XWPFParagraph paragraph = document.createParagraph();
        for (String piece : pieces) {
            run(paragraph, piece, false);
        }
        return this;
    }

    public TestDocx centered(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        run(paragraph, text, true);
        return this;
    }

    public TestDocx bold(String text) {
        run(document.createParagraph(), text, true);
        return this;
    }

    public TestDocx styled(String styleId, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(styleId);
        run(paragraph, text, false);
        return this;
    }

    /** A paragraph numbered by Word: its number exists only in numbering.xml, not in the text. */
    public TestDocx numbered(int numId, int ilvl, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setNumID(BigInteger.valueOf(numId));
        paragraph.setNumILvl(BigInteger.valueOf(ilvl));
        run(paragraph, text, false);
        return this;
    }

    public TestDocx empty() {
        document.createParagraph();
        return this;
    }

    /** An empty paragraph holding a page break, as Word writes Ctrl+Enter. */
    public TestDocx pageBreak() {
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
        return this;
    }

    public TestDocx table(List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                table.getRow(r).getCell(c).getParagraphs().get(0).createRun().setText(rows.get(r).get(c));
            }
        }
        return this;
    }

    /** An abstract list definition in numbering.xml, with one {@code w:lvl} per given level. */
    public TestDocx list(int abstractId, Level... levels) {
        XWPFNumbering numbering = document.createNumbering();
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.valueOf(abstractId));
        for (int i = 0; i < levels.length; i++) {
            CTLvl lvl = definition.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewStart().setVal(BigInteger.valueOf(levels[i].start()));
            lvl.addNewNumFmt().setVal(STNumberFormat.Enum.forString(levels[i].format()));
            lvl.addNewLvlText().setVal(levels[i].text());
            if (levels[i].restartAfter() != null) {
                lvl.addNewLvlRestart().setVal(BigInteger.valueOf(levels[i].restartAfter()));
            }
        }
        numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
        return this;
    }

    /** A {@code w:num} pointing at an abstract list. */
    public TestDocx num(int numId, int abstractId) {
        document.createNumbering().addNum(BigInteger.valueOf(abstractId), BigInteger.valueOf(numId));
        return this;
    }

    /** A {@code w:num} that restarts level {@code ilvl} at {@code start} ("Restart at …" in Word). */
    public TestDocx numStartingAt(int numId, int abstractId, int ilvl, int start) {
        num(numId, abstractId);
        CTNumLvl override = document.getNumbering().getNum(BigInteger.valueOf(numId)).getCTNum().addNewLvlOverride();
        override.setIlvl(BigInteger.valueOf(ilvl));
        override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        return this;
    }

    /** A paragraph style named like Word's built-in ones ("heading 1"), bold, optionally numbered by a list. */
    public TestDocx headingStyle(String styleId, String name, Integer numId, int ilvl) {
        XWPFStyles styles = document.createStyles();
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(styleId);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewRPr().addNewB();
        if (numId != null) {
            CTNumPr numPr = style.addNewPPr().addNewNumPr();
            numPr.addNewNumId().setVal(BigInteger.valueOf(numId));
            numPr.addNewIlvl().setVal(BigInteger.valueOf(ilvl));
        }
        styles.addStyle(new XWPFStyle(style, styles));
        return this;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily("Times New Roman");
        run.setFontSize(14);
        run.setBold(bold);
        String[] pieces = text.split("\t", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                run.addTab();
            }
            run.setText(pieces[i], i);
        }
    }
}
