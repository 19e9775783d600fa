/**
 * The criteria module's stored data (plugins, versions and their frameworks, assignments, snapshots and their uses),
 * its repositories, and the rules that need no server (version order, assignment conflicts). Private to the module.
 */
package vn.tochuc.danhgia.criteria.domain;
