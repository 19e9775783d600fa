/**
 * Concretized frameworks: each unit fills in, for a year, the framework its assigned criteria plugin gives it, for its
 * collective, its chief and each deputy; the Board reviews and approves. This root package is the module's API.
 *
 * <ul>
 *   <li>{@link vn.tochuc.danhgia.frameworks.PeopleService}: the chief and deputies a unit lists for a year (name,
 *       title, the field each deputy is in charge of); deputies' frameworks are per person.</li>
 *   <li>{@link vn.tochuc.danhgia.frameworks.UnitFrameworkService}: start (the plugin's framework is frozen then), save
 *       the targets (the plugin's check runs on every save), submit (refused while the check finds an error), and the
 *       Board's return or approval. Every round is kept; an approved framework is frozen as canonical JSON with its
 *       SHA-256, which a later plugin upgrade never changes.</li>
 *   <li>{@link vn.tochuc.danhgia.frameworks.FrameworkExports}: one unit's approved framework as .docx, laid out like
 *       the draft's annex, and every unit's targets as .xlsx.</li>
 *   <li>{@link vn.tochuc.danhgia.frameworks.FrameworkTasks}: a consultation can carry the task "concretize your
 *       framework" for the same recipients and deadline (shown in the unit's inbox and the Board's tracking).</li>
 * </ul>
 *
 * <p>When the unit's plugin is disabled or failed, its own check cannot run: the generic check still does, a
 * submission that passes it is accepted (units are not blocked by an IT problem), and the round records that the
 * agency check did not run, which the Board's review screen shows as a warning.
 *
 * <p>States: {@code NOT_STARTED} (no row) → {@code DRAFT} → {@code SUBMITTED} → {@code RETURNED} → {@code SUBMITTED} →
 * … → {@code APPROVED}. Unit users work on their own unit's frameworks only; the Board reads every unit's submitted
 * content (never a unit's unsubmitted draft) and decides. Changes are audited and announced with events
 * ({@link vn.tochuc.danhgia.frameworks.FrameworkSubmitted}, {@link vn.tochuc.danhgia.frameworks.FrameworkReturned},
 * {@link vn.tochuc.danhgia.frameworks.FrameworkApproved}, …).
 */
package vn.tochuc.danhgia.frameworks;
