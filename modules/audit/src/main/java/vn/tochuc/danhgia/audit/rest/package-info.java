/** The audit log over HTTP: {@code GET /api/v1/audit}, for administrators only. */
package vn.tochuc.danhgia.audit.rest;
