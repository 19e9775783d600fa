/**
 * The criteria module over HTTP: {@code /api/v1/plugins} (list, upload, enable, disable, rollback, delete a version,
 * frameworks, trying a plugin's check), {@code /api/v1/units/{code}/frameworks}, {@code /api/v1/framework-assignments}
 * and {@code /api/v1/framework-snapshots}.
 */
package vn.tochuc.danhgia.criteria.rest;
