package vn.tochuc.danhgia.consultations;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Work another module lets a consultation carry besides the comments on its draft, for the same recipients and
 * deadline: the Board's letter asks units both to comment on the draft and to concretize their criteria framework.
 * A module implements it as an application-scoped CDI bean; the consultations screens then offer it when the Board
 * publishes, and show where each unit is in it in the unit's inbox and on the Board's tracking. The module keeps
 * which consultations carry its task and all of the task's data itself.
 */
public interface ConsultationTask {

    /** A stable key, e.g. {@code frameworks}. */
    String key();

    /** The bundle key of the task's short name, e.g. "Cụ thể hóa khung tiêu chí". */
    String labelKey();

    /** The bundle key of the option the Board ticks when publishing. */
    String offerKey();

    /** Attaches the task to a consultation (Board, before publishing it); attaching again changes nothing. */
    void attach(long consultationId);

    /** For a unit user: their unit's progress, when the consultation carries the task. */
    Optional<TaskProgress> mine(long consultationId);

    /** For the Board: the given recipient units' progress by unit code; empty when the consultation does not carry it. */
    Map<String, TaskProgress> recipients(long consultationId, Collection<String> unitCodes);

    /**
     * The same with the detail in the given language rather than the caller's: the status workbook is in Vietnamese
     * whoever downloads it. A task whose detail does not depend on the language need not override it.
     */
    default Map<String, TaskProgress> recipients(long consultationId, Collection<String> unitCodes, Locale locale) {
        return recipients(consultationId, unitCodes);
    }
}
