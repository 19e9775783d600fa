package vn.tochuc.danhgia.rating.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.rating.Level;
import vn.tochuc.danhgia.rating.QuotaRow;
import vn.tochuc.danhgia.rating.domain.Proposal;

/**
 * The HTXSNV quota (Reg. 124 and 366: at most 20% of those rated HTTNV within a group of similar function), counted
 * over the Board's proposals, separately for collectives and for individuals (chiefs and deputies), per unit group.
 * Our reading: the base is everyone proposed HTTNV <em>or better</em> (an HTXSNV is also a "well completed"), and the
 * maximum is rounded down: floor(base × percent / 100). Pure, so it is unit tested.
 */
final class Quotas {

    private Quotas() {}

    /** One row per group and category that has subjects, in group order, collectives first. */
    static List<QuotaRow> of(List<Proposal> proposals, int percent) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        proposals.stream().sorted(java.util.Comparator.comparing(Proposal::groupCode)
                .thenComparing(p -> p.kind().isIndividual())).forEach(p -> {
                    String key = key(p);
                    names.putIfAbsent(key, p.groupName());
                    int[] c = counts.computeIfAbsent(key, k -> new int[2]);
                    if (p.level() == Level.HTXSNV) {
                        c[0]++;
                    }
                    if (p.level() == Level.HTXSNV || p.level() == Level.HTTNV) {
                        c[1]++;
                    }
                });
        List<QuotaRow> rows = new ArrayList<>();
        counts.forEach((key, c) -> rows.add(QuotaRow.of(key.substring(2), names.get(key), key.startsWith("I"), c[0],
                c[1], percent)));
        return rows;
    }

    /** The row of one subject's group and category, with its proposal replaced by {@code level}. */
    static QuotaRow with(List<Proposal> proposals, Proposal subject, Level level, int percent) {
        List<Proposal> changed = proposals.stream().filter(p -> key(p).equals(key(subject)))
                .map(p -> p.subjectId() == subject.subjectId() ? new Proposal(p.subjectId(), p.unitCode(),
                        p.groupCode(), p.groupName(), p.kind(), level) : p).toList();
        return of(changed, percent).get(0);
    }

    private static String key(Proposal p) {
        return (p.kind().isIndividual() ? "I" : "C") + ":" + p.groupCode();
    }
}
