package vn.tochuc.danhgia.frameworks.internal;

import java.time.LocalDate;
import java.util.List;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.kernel.Zones;

/** The evaluation year: the current one in Vietnam unless given, and within the years plugins may declare. */
public final class Years {

    private Years() {}

    public static int current() {
        return LocalDate.now(Zones.VIETNAM).getYear();
    }

    public static int orCurrent(Integer year) {
        return check(year == null ? current() : year);
    }

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
