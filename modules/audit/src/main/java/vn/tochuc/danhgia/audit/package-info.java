/**
 * The audit log's API. Every module records its changes through {@link vn.tochuc.danhgia.audit.AuditLog} in the
 * same transaction as the change, so a change and its audit row are written together or not at all. Logins are
 * recorded in their own transaction, so a failed login leaves a trace even though nothing else is written.
 *
 * <p>A summary given as an {@link vn.tochuc.danhgia.audit.AuditSummary} (a key of the module's bundle with its
 * arguments) is shown on the audit screen in the reader's language; its Vietnamese text is stored too and is what
 * the REST answer's {@code summary} holds. A summary given as plain text is stored and shown as written.
 */
package vn.tochuc.danhgia.audit;
