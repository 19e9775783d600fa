package vn.tochuc.danhgia.criteria.check;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import vn.tochuc.danhgia.criteria.spi.YearRange;

/**
 * The evaluation years each known regulation governs: 124-QĐ/TW (04/10/2023) for 2023 and 2024, 366-QĐ/TW
 * (30/8/2025) from 2025. A plugin declaring other years is suspicious but not wrong (a province may keep a transition
 * year), so the check only warns; an unknown regulation is not judged at all.
 */
final class RegulationPeriods {

    static final int OPEN_END = 2100;

    private RegulationPeriods() {}

    static Optional<YearRange> of(String regulation) {
        String folded = fold(regulation);
        if (folded.contains("124-QD/TW")) {
            return Optional.of(YearRange.of(2023, 2024));
        }
        if (folded.contains("366-QD/TW")) {
            return Optional.of(YearRange.of(2025, OPEN_END));
        }
        return Optional.empty();
    }

    /** "2023–2024", or "từ 2025" / "from 2025" for a regulation still in force. */
    static MessageText.Localized describe(YearRange period) {
        if (period.to() == OPEN_END) {
            return new MessageText.Localized("từ " + period.from(), "from " + period.from());
        }
        return new MessageText.Localized(period.toString(), period.toString());
    }

    /** Without diacritics and in upper case, so that "Quy định 124-QĐ/TW" and "QD 124-qd/tw" both match. */
    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toUpperCase(Locale.ROOT);
    }
}
