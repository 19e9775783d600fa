/**
 * Implementation of the documents module, private to it: the service and one class per use case (new versions,
 * edits, sending and issuing), the outline's stored form and its cache (see {@code docs/outline.md}), the editor and
 * the diff. {@code docx} reads and writes Word files.
 */
package vn.tochuc.danhgia.documents.internal;
