/**
 * Criteria plugins in the host: the module's API.
 *
 * <ul>
 *   <li>{@link vn.tochuc.danhgia.criteria.PluginService}: install (upload), enable, disable, roll back and delete plugin
 *       versions at run time; every operation is checked, audited and announced with an event
 *       ({@link vn.tochuc.danhgia.criteria.PluginInstalled}, {@link vn.tochuc.danhgia.criteria.PluginActivated},
 *       {@link vn.tochuc.danhgia.criteria.PluginDisabled}, {@link vn.tochuc.danhgia.criteria.PluginFailed},
 *       {@link vn.tochuc.danhgia.criteria.PluginVersionDeleted}).</li>
 *   <li>{@link vn.tochuc.danhgia.criteria.FrameworkAssignments}: which plugin each unit (or unit group) uses in a year.</li>
 *   <li>{@link vn.tochuc.danhgia.criteria.FrameworkCatalog}: the framework that applies to a unit, a year and a subject
 *       type, as host-owned immutable {@link vn.tochuc.danhgia.criteria.FrameworkTree}s.</li>
 *   <li>{@link vn.tochuc.danhgia.criteria.FrameworkSnapshots}: freezes the exact framework a record uses (canonical JSON
 *       with its SHA-256) and records the use; upgrades never change a snapshot.</li>
 *   <li>{@link vn.tochuc.danhgia.criteria.ConcretizationReviews}: the host's generic check of a unit's concretization
 *       followed by the plugin's own check, under a time limit, with failures contained.</li>
 * </ul>
 *
 * Other modules refer to plugins by id and version, to snapshots by id, and never see plugin classes.
 */
package vn.tochuc.danhgia.criteria;
