package vn.tochuc.danhgia.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void reportsEveryBadFieldAtOnce() {
        AppException e = assertThrows(AppException.class, () -> Checks.start()
                .required("code", " ")
                .required("name", null)
                .maxLength("title", "x".repeat(11), 10)
                .throwIfAny());

        assertEquals(ErrorKind.INVALID, e.kind());
        assertEquals(List.of("code", "name", "title"), e.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals(List.of(10), e.fieldErrors().get(2).args());
    }

    @Test
    void passesWhenEveryFieldIsGood() {
        Checks checks = Checks.start().required("code", "STC").maxLength("code", "STC", 3);
        assertTrue(checks.ok());
        checks.throwIfAny();
    }
}
