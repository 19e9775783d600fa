/**
 * Implementation of the consolidation: the service and one class per use case (decisions, the revised draft, the
 * report, the issue), the JPA repository, the report model and its .docx (streamed table rows) and .xlsx (SXSSF)
 * writers. {@link vn.tochuc.danhgia.consolidation.internal.ConsultationComments} is the module's only way to the
 * consultations module. Private to the module.
 */
package vn.tochuc.danhgia.consolidation.internal;
