package vn.tochuc.danhgia.frameworks.internal;

import java.util.List;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.FieldError;

/** The evaluation year must be given and lie within the years plugins may declare. */
public final class Years {

    private Years() {}

    public static int check(Integer year) {
        if (year == null) {
            throw AppException.invalid(List.of(FieldError.of("year", "error.field.required")));
        }
        if (year < 2000 || year > 2100) {
            throw AppException.invalid(List.of(FieldError.of("year", "frameworks.error.year")));
        }
        return year;
    }
}
