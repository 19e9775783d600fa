package vn.tochuc.danhgia.consultations;

/**
 * Where one unit is in a {@link ConsultationTask}, as the inbox and the tracking show it.
 *
 * @param labelKey the bundle key of the task's name
 * @param stateKey the bundle key of the unit's state in it
 * @param detail   a short progress note in the caller's language, e.g. "đã duyệt 2/3", or empty
 * @param done     whether the unit has done its part
 * @param link     the page to open, relative to the application, e.g. {@code /unit/frameworks.xhtml?year=2026}
 */
public record TaskProgress(String labelKey, String stateKey, String detail, boolean done, String link) {}
