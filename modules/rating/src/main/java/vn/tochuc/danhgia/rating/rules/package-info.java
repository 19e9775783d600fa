/**
 * The host's rule sets (Reg. 124 as the province concretized it, Reg. 366 from 2025) behind
 * {@link vn.tochuc.danhgia.rating.RuleSets}; their readings are in docs/rating-rules.md. Reasons they give are listed
 * in {@link vn.tochuc.danhgia.rating.rules.ReasonCodes}. Internal to the rating module: other modules use the root
 * package.
 */
package vn.tochuc.danhgia.rating.rules;
