package vn.tochuc.danhgia.rating.internal;

import vn.tochuc.danhgia.rating.domain.RatingSubject;

/** Receipt numbers of submitted self-assessments: {@code TĐG-2025-STC-000123}, unique as the subject id is. */
final class Receipts {

    private Receipts() {}

    static String number(int year, RatingSubject subject) {
        return String.format("TĐG-%d-%s-%06d", year, subject.unitCode(), subject.id());
    }
}
