/**
 * The rating module's entities and repository interfaces: cycles, their subjects (with what each is rated against,
 * frozen at opening), self-assessments, deadline extensions and evidence files. Private to the module.
 */
package vn.tochuc.danhgia.rating.domain;
