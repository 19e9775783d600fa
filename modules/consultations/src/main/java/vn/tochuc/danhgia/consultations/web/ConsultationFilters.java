package vn.tochuc.danhgia.consultations.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.tochuc.danhgia.consultations.ConsultationView;
import vn.tochuc.danhgia.kernel.TextSearch;
import vn.tochuc.danhgia.kernel.Zones;

/**
 * The search and year filters of the consultation lists (the Board's list and a unit's inbox), as PrimeFaces
 * DataTable filter functions. Search folds case and tone marks; a year is the Vietnam-time year of the deadline,
 * which is how the Board files its rounds ("đợt lấy ý kiến năm 2025").
 */
final class ConsultationFilters {

    private ConsultationFilters() {}

    /** The global filter: every typed word in the title, the reference or the version label. */
    static boolean search(Object row, Object filter) {
        if (!(row instanceof ConsultationView c)) {
            return false;
        }
        return TextSearch.matches(filter == null ? null : filter.toString(), c.title(), c.reference(),
                c.versionLabel());
    }

    /** The year filter of the deadline column; no choice matches all. */
    static boolean inYear(Object value, Object filter) {
        if (filter == null || filter.toString().isBlank()) {
            return true;
        }
        return value instanceof Instant deadline && filter.toString().equals(Integer.toString(year(deadline)));
    }

    static int year(Instant instant) {
        return instant.atZone(Zones.VIETNAM).getYear();
    }

    /** The years that occur in the list, newest first, for the year filter's choices. */
    static List<Integer> years(List<Instant> deadlines) {
        return deadlines.stream().filter(Objects::nonNull).map(ConsultationFilters::year).distinct()
                .sorted(Comparator.reverseOrder()).toList();
    }
}
