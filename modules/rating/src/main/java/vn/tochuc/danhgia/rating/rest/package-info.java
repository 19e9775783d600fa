/**
 * The module's REST resources: {@code /api/v1/rating-cycles} (cycles, their subjects, deadline extensions) and
 * {@code /api/v1/ratings/{subjectId}} (self-assessment, submission, evidence). Thin: the services check who may do
 * what. Private to the module.
 */
package vn.tochuc.danhgia.rating.rest;
