package vn.tochuc.danhgia.rating;

/**
 * The HTXSNV quota of one unit group and category (collectives, or chiefs and deputies together) in a cycle, counted
 * over the Board's proposals: at most {@code percent}% of those proposed HTTNV or better (HTXSNV included), rounded
 * down.
 *
 * @param groupCode   the group of similar function
 * @param groupName   its name
 * @param individuals false for collectives, true for chiefs and deputies
 * @param excellent   how many are proposed HTXSNV
 * @param base        how many are proposed HTTNV or HTXSNV
 * @param percent     the rule set's quota percent
 * @param max         the most that may be proposed HTXSNV: floor(base × percent / 100)
 * @param over        whether the proposals exceed it
 */
public record QuotaRow(String groupCode, String groupName, boolean individuals, int excellent, int base, int percent,
        int max, boolean over) {

    /** The quota of counted proposals. */
    public static QuotaRow of(String groupCode, String groupName, boolean individuals, int excellent, int base,
            int percent) {
        int max = base * percent / 100;
        return new QuotaRow(groupCode, groupName, individuals, excellent, base, percent, max, excellent > max);
    }
}
