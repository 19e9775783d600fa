/**
 * The audit log's API. Every module records its changes through {@link vn.tochuc.danhgia.audit.AuditLog} in the
 * same transaction as the change, so a change and its audit row are written together or not at all. Logins are
 * recorded in their own transaction, so a failed login leaves a trace even though nothing else is written.
 */
package vn.tochuc.danhgia.audit;
