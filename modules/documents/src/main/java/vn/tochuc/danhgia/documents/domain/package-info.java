/**
 * The documents module's entities (a document, its versions with the uploaded bytes and canonical outline, and the
 * node rows of each version) and the repository interface. Private to the module.
 */
package vn.tochuc.danhgia.documents.domain;
