package vn.tochuc.danhgia.units;

/**
 * A filter over units; null fields do not filter.
 *
 * @param text part of the code or name (case and accent insensitive)
 * @param group a group code
 * @param active only active or only inactive units
 * @param sort {@code code}, {@code name} or {@code group}
 */
public record UnitQuery(String text, String group, Boolean active, String sort, boolean descending, int page,
        int size) {

    public static UnitQuery all() {
        return new UnitQuery(null, null, null, "code", false, 0, 500);
    }
}
