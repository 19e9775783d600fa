/**
 * The documents module's entities (a document, its versions with their canonical outline, the .docx bytes, and
 * each version's change log) and the repository interface. Private to the module.
 */
package vn.tochuc.danhgia.documents.domain;
