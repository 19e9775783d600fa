/**
 * The consultations module's entities, repository interface and pure rules (deadlines, states, receipt numbers,
 * comment checks). Private to the module.
 */
package vn.tochuc.danhgia.consultations.domain;
