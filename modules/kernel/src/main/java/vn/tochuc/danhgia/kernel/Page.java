package vn.tochuc.danhgia.kernel;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items the rows of this page
 * @param total the number of rows on all pages
 * @param page the page number, from 0
 * @param size the largest number of rows a page holds
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    public static final int MAX_SIZE = 500;

    public Page {
        items = List.copyOf(items);
    }

    /** A page request clamped to sane bounds, so a client cannot ask for a million rows. */
    public static int clampSize(Integer size, int fallback) {
        if (size == null || size <= 0) {
            return fallback;
        }
        return Math.min(size, MAX_SIZE);
    }
}
