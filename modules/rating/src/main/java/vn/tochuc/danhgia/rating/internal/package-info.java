/**
 * The rating module's implementation: the cycle, self-assessment and evidence services, who may do what, the frozen
 * frame a subject is rated against, the rule set's facts, JPA repositories and audit snapshots. Private to the module.
 */
package vn.tochuc.danhgia.rating.internal;
