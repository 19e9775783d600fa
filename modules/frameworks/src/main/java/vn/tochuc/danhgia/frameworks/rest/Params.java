package vn.tochuc.danhgia.frameworks.rest;

import java.time.LocalDate;
import java.util.List;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.kernel.Zones;

/** Parameters shared by the resources. */
final class Params {

    private Params() {}

    /** The evaluation year, the current one (in Vietnam) when not given. */
    static int year(Integer year) {
        int value = year == null ? LocalDate.now(Zones.VIETNAM).getYear() : year;
        if (value < 2000 || value > 2100) {
            throw AppException.invalid(List.of(FieldError.of("year", "frameworks.error.year")));
        }
        return value;
    }

    static <T> T required(T body) {
        if (body == null) {
            throw AppException.invalid(List.of(FieldError.of("body", "error.field.required")));
        }
        return body;
    }
}
