package vn.tochuc.danhgia.frameworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

class TaskProgressRowTest {

    @Test
    void aUnitThatStartedNothingHasNotStarted() {
        TaskProgressRow row = TaskProgressRow.of("STC", List.of(row(SubjectType.COLLECTIVE, null, FrameworkState.NOT_STARTED),
                row(SubjectType.CHIEF, null, FrameworkState.NOT_STARTED),
                row(SubjectType.DEPUTY, null, FrameworkState.NOT_STARTED)));

        assertEquals(FrameworkState.NOT_STARTED, row.state());
        assertEquals(2, row.subjects(), "a DEPUTY row without a person is no subject");
        assertFalse(row.done());
    }

    @Test
    void oneReturnedSubjectMakesTheUnitReturnedAndEverySubmittedMakesItDone() {
        TaskProgressRow returned = TaskProgressRow.of("STC", List.of(
                row(SubjectType.COLLECTIVE, null, FrameworkState.APPROVED),
                row(SubjectType.CHIEF, null, FrameworkState.RETURNED)));
        TaskProgressRow submitted = TaskProgressRow.of("STC", List.of(
                row(SubjectType.COLLECTIVE, null, FrameworkState.APPROVED),
                row(SubjectType.CHIEF, null, FrameworkState.SUBMITTED),
                row(SubjectType.DEPUTY, 7L, FrameworkState.SUBMITTED)));

        assertEquals(FrameworkState.RETURNED, returned.state());
        assertFalse(returned.done());
        assertEquals(FrameworkState.SUBMITTED, submitted.state());
        assertTrue(submitted.done());
        assertEquals(1, submitted.approved());
        assertEquals(3, submitted.submitted());
    }

    @Test
    void approvedWhenEverySubjectIsAndInProgressOtherwise() {
        assertEquals(FrameworkState.APPROVED, TaskProgressRow.of("STC", List.of(
                row(SubjectType.COLLECTIVE, null, FrameworkState.APPROVED),
                row(SubjectType.CHIEF, null, FrameworkState.APPROVED))).state());
        assertEquals(FrameworkState.DRAFT, TaskProgressRow.of("STC", List.of(
                row(SubjectType.COLLECTIVE, null, FrameworkState.SUBMITTED),
                row(SubjectType.CHIEF, null, FrameworkState.NOT_STARTED))).state());
    }

    private static FrameworkRow row(SubjectType subject, Long person, FrameworkState state) {
        return new FrameworkRow(state == FrameworkState.NOT_STARTED ? null : 1L, "STC", "Sở Tài chính", "SO_NGANH",
                "Sở, ngành", 2026, subject, person, person == null ? "" : "Nguyễn Văn An", "", "", state, 0, null,
                "so-tai-chinh", "1.0.0");
    }
}
