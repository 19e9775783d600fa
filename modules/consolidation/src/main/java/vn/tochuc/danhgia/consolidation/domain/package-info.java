/**
 * The consolidation's entities (the consolidation of a consultation, a decision per comment, groups of identical
 * comments), the repository interface and the pure rules for decisions. Private to the module.
 */
package vn.tochuc.danhgia.consolidation.domain;
