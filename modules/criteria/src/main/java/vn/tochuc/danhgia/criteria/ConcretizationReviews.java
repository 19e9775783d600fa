package vn.tochuc.danhgia.criteria;

import java.util.Optional;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.ScoringHint;
import vn.tochuc.danhgia.criteria.spi.ScoringRequest;

/**
 * Checks a unit's concretization as the host does before accepting it: the generic check against the frozen
 * framework first, then the plugin's own check, both in one report. The plugin's check runs on a host thread under
 * the configured time limit; if the plugin version is not enabled, throws, or overruns, only the generic result is
 * given (with a {@code PLUGIN_CHECK_FAILED} finding when it failed) and the version is marked FAILED.
 */
public interface ConcretizationReviews {

    /** Reviews against a snapshot's framework, with the agency check of the snapshot's plugin version. */
    ReviewResult review(long snapshotId, Concretization concretization);

    /** Reviews against an installed plugin version's framework for the concretization's subject type. */
    ReviewResult review(String pluginId, String version, Concretization concretization);

    /**
     * The plugin's scoring hint for a snapshot's framework, each suggestion capped at the criterion's maximum (and
     * each target's at the target's points); empty when the plugin has none or is not available.
     */
    Optional<ScoringHint> suggestScores(long snapshotId, ScoringRequest request);
}
