/**
 * The module's entities and repository interfaces, and its pure rules: the state machine
 * ({@link vn.tochuc.danhgia.frameworks.domain.Lifecycle}) and the canonical JSON of targets
 * ({@link vn.tochuc.danhgia.frameworks.domain.ContentJson}). Private to the module.
 */
package vn.tochuc.danhgia.frameworks.domain;
