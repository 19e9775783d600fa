package vn.tochuc.danhgia.frameworks;

import java.util.List;
import java.util.Optional;

/**
 * The task "concretize your framework" carried by a consultation, for its recipients and deadline, as the Board's
 * letter asks for both at once. The Board attaches and detaches it; recipient units see it in their inbox and on
 * their frameworks screen; the Board's tracking shows each unit's progress next to its answer.
 */
public interface FrameworkTasks {

    /**
     * Attaches the task to a consultation (Board); again with another year changes the year.
     *
     * @param year the evaluation year; {@code null} for the year of the consultation's deadline (Vietnam time)
     */
    TaskView attach(long consultationId, Integer year);

    /** Detaches it (Board); nothing the units did is lost. */
    void detach(long consultationId);

    /** The task a consultation carries, if any (Board, or a unit the consultation was sent to). */
    Optional<TaskView> find(long consultationId);

    /** For a unit user: the published consultations sent to their unit that carry the task for a year. */
    List<TaskView> mine(int year);

    /** For the Board: every recipient unit's progress in the task. */
    List<TaskProgressRow> progress(long consultationId);
}
