/**
 * Units: the agencies, Party delegations, departments, mass organizations and public units that receive drafts, the
 * recipient groups of the Board's letters, and the hierarchy between units.
 *
 * <p>Other modules use {@link vn.tochuc.danhgia.units.UnitDirectory} (read-only, by unit code) and listen to
 * {@link vn.tochuc.danhgia.units.UnitCreated}, {@link vn.tochuc.danhgia.units.UnitUpdated} and
 * {@link vn.tochuc.danhgia.units.UnitDeactivated}. A unit's code is its stable id everywhere: it never changes.
 * Administrators change units through {@link vn.tochuc.danhgia.units.UnitService}.
 */
package vn.tochuc.danhgia.units;
