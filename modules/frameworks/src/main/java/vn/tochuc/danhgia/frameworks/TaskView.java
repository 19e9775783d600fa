package vn.tochuc.danhgia.frameworks;

import java.time.Instant;

/**
 * A consultation that carries the task "concretize your framework for year Y".
 *
 * @param consultationId the consultation
 * @param reference      its letter number
 * @param title          its title
 * @param year           the evaluation year whose frameworks are asked for
 * @param deadline       the deadline: the consultation's, or for a unit caller the unit's own (when extended)
 */
public record TaskView(long consultationId, String reference, String title, int year, Instant deadline) {}
