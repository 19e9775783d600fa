/**
 * Implementation of the consolidation: the service, the JPA repository, the report model and its .docx (streamed
 * table rows) and .xlsx (SXSSF) writers. Private to the module.
 */
package vn.tochuc.danhgia.consolidation.internal;
