/**
 * Implementation of the documents module, private to it. {@code docx} reads and writes Word files.
 */
package vn.tochuc.danhgia.documents.internal;
