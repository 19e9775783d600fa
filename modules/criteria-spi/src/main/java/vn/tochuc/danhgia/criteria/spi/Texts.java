package vn.tochuc.danhgia.criteria.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The null-to-empty rules of the records, in one place so that they all behave the same. */
final class Texts {

    private Texts() {}

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** A copy that keeps the caller's order, because the host shows the entries in that order. */
    static <V> Map<String, List<V>> copy(Map<String, List<V>> map) {
        if (map == null) {
            return Map.of();
        }
        Map<String, List<V>> copy = new LinkedHashMap<>();
        map.forEach((key, values) -> copy.put(orEmpty(key), copy(values)));
        return Collections.unmodifiableMap(copy);
    }
}
