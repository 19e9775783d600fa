/**
 * Consultations (đợt lấy ý kiến): the Board sends a draft version to unit groups and single units with a deadline;
 * each recipient unit answers article by article ("Có ý kiến") or agrees ("Thống nhất với dự thảo").
 *
 * <p>This root package is the module's API. {@link vn.tochuc.danhgia.consultations.ConsultationService} is the
 * Board's side (create, publish, extend, remind, close, track, read comments, and what the consolidation needs:
 * {@link vn.tochuc.danhgia.consultations.ConsultationService#submittedComments(long)} — every comment of every
 * current submission, addressable by id, by node path and by unit). {@link
 * vn.tochuc.danhgia.consultations.AnswerService} is a unit's side: it always acts for the caller's own unit, and
 * a unit never sees another unit's answer.
 *
 * <p>Other modules can let a consultation carry a task of theirs for the same recipients and deadline (the letter also
 * asks units to concretize their criteria framework) by implementing {@link
 * vn.tochuc.danhgia.consultations.ConsultationTask}: the Board ticks it when publishing, and the unit's inbox and the
 * Board's tracking show each unit's {@link vn.tochuc.danhgia.consultations.TaskProgress} next to its answer.
 *
 * <p>States: {@code DRAFT → OPEN → CLOSED → CONSOLIDATED}. Publishing freezes the document version
 * ({@link vn.tochuc.danhgia.documents.DocumentService#markSent}). Each unit's deadline is the consultation's, or
 * later when extended for that unit; after it an answer is locked, and a first submission is accepted only when late
 * answers are allowed, marked late. Every submission is an immutable snapshot with a receipt number
 * {@code GY-<consultation>-<unit>-<n>}; withdrawing one (before the deadline) keeps it and reopens the draft.
 */
package vn.tochuc.danhgia.consultations;
