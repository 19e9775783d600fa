/**
 * Consolidation (tổng hợp, tiếp thu, giải trình): what the Board does with a closed consultation's comments.
 *
 * <p>This root package is the module's API: {@link vn.tochuc.danhgia.consolidation.ConsolidationService} and its
 * records. A decision ({@link vn.tochuc.danhgia.consolidation.Decision}) is keyed by the comment's stable id (the
 * same across a unit's resubmissions); comments the Board judges identical form a group with one decision. Decisions
 * are proposed by one Board member and approved by another. The revised draft is a new version of the document,
 * edited node by node through {@link vn.tochuc.danhgia.documents.DocumentService}, each change linked to the comments
 * it answers. The report is built from the data, as .docx and .xlsx. {@code domain}, {@code internal}, {@code rest}
 * and {@code web} are private to the module.
 */
package vn.tochuc.danhgia.consolidation;
