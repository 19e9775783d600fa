/**
 * The host's checks of criteria plugins and of units' concretizations, shared with the test kit.
 *
 * <p>Before enabling a plugin version the host runs, in this order:
 * {@link vn.tochuc.danhgia.criteria.check.ManifestCheck#beforeLoading} on the JAR's manifest, {@link vn.tochuc.danhgia.criteria.check.ServiceFileCheck} on its
 * {@code META-INF/services} file, then loads it and runs {@link vn.tochuc.danhgia.criteria.check.PluginChecker#inspect}
 * (descriptor, {@code init}, {@code create}, frameworks) and
 * {@link vn.tochuc.danhgia.criteria.check.ManifestCheck#againstDescriptor}. A plugin with an
 * {@link vn.tochuc.danhgia.criteria.spi.Severity#ERROR error} finding is not enabled.
 *
 * <p>When a unit submits a concretization the host runs
 * {@link vn.tochuc.danhgia.criteria.check.ConcretizationReview#review}: first the generic
 * {@link vn.tochuc.danhgia.criteria.check.ConcretizationCheck}, then the plugin's own check, and shows both.
 *
 * <p>Every check returns {@link vn.tochuc.danhgia.criteria.check.Finding}s with a stable code (a
 * {@link vn.tochuc.danhgia.criteria.check.FindingCode} name, or a plugin's rule id), what it is about, and a
 * Vietnamese and an English message. Checks never throw for bad data, and the only ones that call plugin code
 * ({@code PluginChecker.inspect}, {@code ConcretizationReview.review}) contain its exceptions; time limits are the
 * caller's, since only the host knows its threads.
 */
package vn.tochuc.danhgia.criteria.check;
