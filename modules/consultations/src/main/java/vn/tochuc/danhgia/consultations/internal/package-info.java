/**
 * Implementation of the consultations module: the Board's and the units' services, the JPA repository, the
 * tracking workbook, the grouping of comments and the reminder timer. Private to the module.
 */
package vn.tochuc.danhgia.consultations.internal;
