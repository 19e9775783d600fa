package vn.tochuc.danhgia.documents.internal.docx;

import java.math.BigInteger;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;

/**
 * What a paragraph looks like once its style is taken into account: alignment, bold, heading style, numbering.
 *
 * <p>Word lets a style carry all of these (a "Heading 2" style can be centered, bold and numbered "Điều %1."), and
 * styles inherit from each other through {@code w:basedOn}, so each question walks that chain.
 */
final class ParagraphStyles {

    /** A reference to a list level: the paragraph is item {@code ilvl} of list {@code numId}. */
    record NumRef(BigInteger numId, int ilvl) {}

    /** Guards against a basedOn cycle in a damaged styles.xml. */
    private static final int MAX_DEPTH = 12;

    private final XWPFStyles styles;

    ParagraphStyles(XWPFStyles styles) {
        this.styles = styles;
    }

    boolean centered(XWPFParagraph p) {
        CTPPr own = p.getCTP().getPPr();
        if (own != null && own.isSetJc()) {
            return own.getJc().getVal() == STJc.CENTER;
        }
        Boolean inherited = inherited(p.getStyleID(),
                style -> style.getPPr() != null && style.getPPr().isSetJc()
                        ? style.getPPr().getJc().getVal() == STJc.CENTER : null);
        return Boolean.TRUE.equals(inherited);
    }

    /** Bold throughout (directly or through the style), or set in a heading or title style. */
    boolean emphasized(XWPFParagraph p) {
        if (isHeadingStyle(p.getStyleID())) {
            return true;
        }
        boolean styleBold = Boolean.TRUE.equals(inherited(p.getStyleID(), style -> bold(style.getRPr())));
        boolean anyText = false;
        for (XWPFRun run : p.getRuns()) {
            String text = run.text();
            if (text == null || Text.trim(text).isEmpty()) {
                continue;
            }
            anyText = true;
            Boolean runBold = bold(run.getCTR().getRPr());
            if (!(runBold != null ? runBold : styleBold)) {
                return false;
            }
        }
        return anyText;
    }

    /** The list the paragraph is numbered by, from its own properties or its style; null when none. */
    NumRef numbering(XWPFParagraph p) {
        BigInteger numId = p.getNumID();
        BigInteger ilvl = p.getNumIlvl();
        if (numId == null) {
            NumRef fromStyle = inherited(p.getStyleID(), ParagraphStyles::styleNumbering);
            if (fromStyle == null) {
                return null;
            }
            return new NumRef(fromStyle.numId(), ilvl != null ? ilvl.intValue() : fromStyle.ilvl());
        }
        return new NumRef(numId, ilvl != null ? ilvl.intValue() : 0);
    }

    private boolean isHeadingStyle(String styleId) {
        Boolean heading = inherited(styleId, style -> {
            String name = style.getName() == null ? "" : style.getName().getVal().toLowerCase(Locale.ROOT);
            boolean outline = style.getPPr() != null && style.getPPr().isSetOutlineLvl()
                    && style.getPPr().getOutlineLvl().getVal().intValue() < 9;
            return name.matches("heading \\d") || "title".equals(name) || outline ? Boolean.TRUE : null;
        });
        return Boolean.TRUE.equals(heading);
    }

    private static NumRef styleNumbering(CTStyle style) {
        CTPPrGeneral ppr = style.getPPr();
        CTNumPr numPr = ppr == null ? null : ppr.getNumPr();
        if (numPr == null || numPr.getNumId() == null) {
            return null;
        }
        int ilvl = numPr.getIlvl() == null ? 0 : numPr.getIlvl().getVal().intValue();
        return new NumRef(numPr.getNumId().getVal(), ilvl);
    }

    private static Boolean bold(CTRPr rPr) {
        return rPr != null && rPr.sizeOfBArray() > 0 ? POIXMLUnits.parseOnOff(rPr.getBArray(0)) : null;
    }

    /** The first non-null answer along the style and the styles it is based on. */
    private <T> T inherited(String styleId, Function<CTStyle, T> read) {
        String id = styleId;
        for (int depth = 0; styles != null && id != null && depth < MAX_DEPTH; depth++) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                return null;
            }
            T value = read.apply(style.getCTStyle());
            if (value != null) {
                return value;
            }
            id = style.getBasisStyleID();
        }
        return null;
    }
}
