package vn.tochuc.danhgia.kernel.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Messages;

class EnumValuesTest {

    enum Decision { APPROVE, RETURN }

    enum Field { INDICATOR, DEADLINE }

    record Row(String title, Field field) {}

    record Review(Long version, Decision decision, Map<String, List<Row>> rows) {}

    @SuppressWarnings("unused")
    static class Resource {
        public void review(long id, Review body) {}
    }

    /** What Yasson throws for {"decision":"ACCEPTED"}: the enum's canonical name and the value, no property. */
    private static RuntimeException bindingError(Class<?> type, String value) {
        return new RuntimeException("Internal error: No enum constant " + type.getCanonicalName() + "." + value,
                new IllegalArgumentException("No enum constant " + type.getCanonicalName() + "." + value));
    }

    private static Method reviewMethod() throws NoSuchMethodException {
        return Resource.class.getMethod("review", long.class, Review.class);
    }

    @Test
    void namesTheFieldAndTheAllowedValuesOfAWrongEnumValue() throws Exception {
        AppException e = EnumValues.problem(bindingError(Decision.class, "ACCEPTED"), reviewMethod()).orElseThrow();

        assertEquals("Trường \"decision\" không nhận giá trị \"ACCEPTED\"; các giá trị được chấp nhận: APPROVE, RETURN.",
                e.text(Messages.VIETNAMESE));
        assertEquals("Field \"decision\" does not accept \"ACCEPTED\"; allowed values: APPROVE, RETURN.",
                e.text(Messages.ENGLISH));
        assertEquals("decision", e.fieldErrors().get(0).field());
    }

    @Test
    void findsAnEnumFieldNestedInListsAndMaps() throws Exception {
        AppException e = EnumValues.problem(bindingError(Field.class, "OUTPUTS"), reviewMethod()).orElseThrow();

        assertEquals("rows[][].field", e.fieldErrors().get(0).field());
        assertTrue(e.text(Messages.VIETNAMESE).contains("INDICATOR, DEADLINE"), e.text(Messages.VIETNAMESE));
    }

    @Test
    void stillListsTheValuesWhenTheFieldCannotBeFound() {
        AppException e = EnumValues.problem(bindingError(Decision.class, "NOTED"), null).orElseThrow();

        assertEquals("Giá trị \"NOTED\" không hợp lệ; các giá trị được chấp nhận: APPROVE, RETURN.",
                e.text(Messages.VIETNAMESE));
    }

    @Test
    void leavesOtherBindingErrorsAlone() throws Exception {
        assertTrue(EnumValues.problem(new RuntimeException("Unexpected char 39 at (line no=1)"), reviewMethod())
                .isEmpty());
    }
}
