package vn.tochuc.danhgia.documents.internal.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The list definitions of numbering.xml, read once per {@code w:numId}.
 *
 * <p>Not followed: {@code w:numStyleLink} indirections and {@code w:isLgl}; drafts that rely on them get the
 * numbers of the linked definition's defaults, which for the decimal and letter lists of a regulation is the same.
 */
final class WordNumbering {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final XWPFNumbering numbering;
    private final Map<BigInteger, Optional<ListDefinition>> cache = new HashMap<>();

    WordNumbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** The list a paragraph with this {@code w:numId} belongs to; empty for numId 0 ("no numbering") or unknown. */
    Optional<ListDefinition> list(BigInteger numId) {
        if (numbering == null || numId == null || numId.signum() <= 0) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(numId, this::load);
    }

    private Optional<ListDefinition> load(BigInteger numId) {
        XWPFNum num = numbering.getNum(numId);
        CTNum ct = num == null ? null : num.getCTNum();
        if (ct == null || ct.getAbstractNumId() == null) {
            return Optional.empty();
        }
        BigInteger abstractId = ct.getAbstractNumId().getVal();
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(abstractId);
        if (abstractNum == null) {
            return Optional.empty();
        }
        List<ListLevel> levels = new ArrayList<>(Collections.nCopies(ListDefinition.LEVELS, ListLevel.NONE));
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
            put(levels, lvl);
        }
        boolean ownCounters = applyOverrides(ct, levels);
        String key = ownCounters ? "num:" + numId : "abstract:" + abstractId;
        return Optional.of(new ListDefinition(key, levels));
    }

    /** Applies {@code w:lvlOverride}; returns true when the num restarts numbering, i.e. is a list of its own. */
    private static boolean applyOverrides(CTNum ct, List<ListLevel> levels) {
        boolean ownCounters = false;
        for (CTNumLvl override : ct.getLvlOverrideArray()) {
            if (override.isSetLvl()) {
                put(levels, override.getLvl());
                ownCounters = true;
            }
            int ilvl = override.getIlvl().intValue();
            if (override.isSetStartOverride() && ilvl >= 0 && ilvl < ListDefinition.LEVELS) {
                ListLevel level = levels.get(ilvl);
                int start = override.getStartOverride().getVal().intValue();
                levels.set(ilvl, new ListLevel(start, level.format(), level.text(), level.restartAfter(),
                        level.suffix()));
                ownCounters = true;
            }
        }
        return ownCounters;
    }

    private static void put(List<ListLevel> levels, CTLvl lvl) {
        int ilvl = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
        if (ilvl < 0 || ilvl >= ListDefinition.LEVELS) {
            return;
        }
        int start = lvl.isSetStart() ? lvl.getStart().getVal().intValue() : 0;
        String format = lvl.isSetNumFmt() ? lvl.getNumFmt().getVal().toString() : "decimal";
        String text = lvl.isSetLvlText() && lvl.getLvlText().getVal() != null ? lvl.getLvlText().getVal() : "";
        int restart = lvl.isSetLvlRestart() ? lvl.getLvlRestart().getVal().intValue() : -1;
        levels.set(ilvl, new ListLevel(start, format, text, restart, suffix(lvl)));
    }

    /** {@code w:suff}, read from the DOM because POI's lite schema jar does not ship its class. */
    private static String suffix(CTLvl lvl) {
        for (Node child = lvl.getDomNode().getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element && "suff".equals(child.getLocalName())) {
                return "nothing".equals(((Element) child).getAttributeNS(W, "val")) ? "" : " ";
            }
        }
        return " ";
    }
}
