package vn.tochuc.danhgia.criteria.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import vn.tochuc.danhgia.criteria.ConcretizationReviews;
import vn.tochuc.danhgia.criteria.FindingView;
import vn.tochuc.danhgia.criteria.FrameworkCatalog;
import vn.tochuc.danhgia.criteria.FrameworkSnapshot;
import vn.tochuc.danhgia.criteria.FrameworkSnapshots;
import vn.tochuc.danhgia.criteria.PluginState;
import vn.tochuc.danhgia.criteria.ReviewResult;
import vn.tochuc.danhgia.criteria.check.CheckReport;
import vn.tochuc.danhgia.criteria.check.ConcretizationReview;
import vn.tochuc.danhgia.criteria.check.Finding;
import vn.tochuc.danhgia.criteria.check.FindingCode;
import vn.tochuc.danhgia.criteria.domain.PluginRepository;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.ScoringHint;
import vn.tochuc.danhgia.criteria.spi.ScoringRequest;
import vn.tochuc.danhgia.kernel.AppException;

/**
 * Reviews run the generic check on the caller's thread and the plugin's own check on a plugin thread under the time
 * limit. A plugin that throws, or overruns repeatedly, is marked FAILED (in a transaction of its own) and unloaded:
 * quarantined until IT staff enable it again. The caller gets the generic findings and one
 * {@code PLUGIN_CHECK_FAILED}, never an exception; a review of a quarantined version answers at once with the
 * generic findings and a {@code PLUGIN_SKIPPED} warning. The plugin's answer is size-limited by
 * {@link LimitedPlugin}.
 */
@ApplicationScoped
public class DefaultConcretizationReviews implements ConcretizationReviews {

    private static final Logger LOG = Logger.getLogger(DefaultConcretizationReviews.class.getName());

    @Inject
    FrameworkSnapshots snapshots;

    @Inject
    FrameworkCatalog catalog;

    @Inject
    PluginRepository plugins;

    @Inject
    PluginRegistry registry;

    @Inject
    PluginWrites writes;

    @Inject
    PluginBoot boot;

    @Inject
    PluginSettings settings;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReviewResult review(long snapshotId, Concretization concretization) {
        FrameworkSnapshot snapshot = snapshot(snapshotId);
        return run(new VersionKey(snapshot.pluginId(), snapshot.pluginVersion()),
                snapshot.framework().toFramework(), concretization);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReviewResult review(String pluginId, String version, Concretization concretization) {
        Framework framework = catalog.framework(pluginId, version, concretization.subjectType()).framework()
                .toFramework();
        return run(new VersionKey(pluginId, version), framework, concretization);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ScoringHint> suggestScores(long snapshotId, ScoringRequest request) {
        FrameworkSnapshot snapshot = snapshot(snapshotId);
        VersionKey key = new VersionKey(snapshot.pluginId(), snapshot.pluginVersion());
        Optional<LoadedPlugin> plugin = usable(key);
        if (plugin.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<ScoringHint> hint = registry.runtime().call(plugin.get(), p -> p.suggestScores(request));
            return hint == null ? Optional.empty() : hint.map(h -> ScoringCaps.cap(h, snapshot.framework(),
                    request.concretization()));
        } catch (PluginCallFailure e) {
            contain(plugin.get(), e, e.finding(FindingCode.PLUGIN_CHECK_FAILED));
            return Optional.empty();
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    private ReviewResult run(VersionKey key, Framework framework, Concretization concretization) {
        Optional<LoadedPlugin> plugin = usable(key);
        if (plugin.isEmpty()) {
            return result(key, ConcretizationReview.review(framework, concretization, null).plus(skipped(key)),
                    false);
        }
        try {
            CheckReport report = registry.runtime().call(plugin.get(),
                    p -> ConcretizationReview.review(framework, concretization, LimitedPlugin.of(p)));
            Optional<Finding> failure = report.findings().stream()
                    .filter(f -> f.code().equals(FindingCode.PLUGIN_CHECK_FAILED.name())).findFirst();
            failure.ifPresent(f -> fail(plugin.get(), f));
            return result(key, report, failure.isEmpty());
        } catch (PluginCallFailure e) {
            Finding finding = e.timedOut() ? checkTimedOut(e) : e.finding(FindingCode.PLUGIN_CHECK_FAILED);
            contain(plugin.get(), e, finding);
            CheckReport generic = ConcretizationReview.review(framework, concretization, null);
            return result(key, generic.plus(List.of(finding)), false);
        } catch (IllegalStateException e) {
            // unloaded between the lookup and the call: as if it were not available
            return result(key, ConcretizationReview.review(framework, concretization, null), false);
        }
    }

    /**
     * A plugin that throws is failed at once (a bug that will recur); one that overruns only at its
     * {@code criteria.plugins.quarantine-after-timeouts}-th time-out within the window (one overrun can be the
     * server's load), then with a {@code PLUGIN_QUARANTINED} reason.
     */
    private void contain(LoadedPlugin plugin, PluginCallFailure e, Finding finding) {
        if (!e.timedOut()) {
            fail(plugin, finding);
            return;
        }
        int limit = settings.quarantineAfterTimeouts();
        Duration window = settings.quarantineWindow();
        if (plugin.timeouts().strike(limit, window, Clock.systemUTC())) {
            fail(plugin, HostFindings.error(HostFindings.PLUGIN_QUARANTINED, Integer.toString(limit),
                    Long.toString(window.toMinutes()), Long.toString(settings.callTimeout().toMillis())));
        } else {
            LOG.warning(() -> "Plugin " + plugin.key() + " overran its time limit (" + plugin.timeouts().count()
                    + " of " + limit + " before quarantine)");
        }
    }

    /** Why a FAILED (quarantined) version's own check did not run, told to the caller at once; else nothing. */
    private List<Finding> skipped(VersionKey key) {
        return plugins.version(key.pluginId(), key.version())
                .filter(v -> v.state() == PluginState.FAILED)
                .map(v -> List.of(HostFindings.warning(HostFindings.PLUGIN_SKIPPED, key.pluginId(), key.version(),
                        v.stateReason())))
                .orElse(List.of());
    }

    private Optional<LoadedPlugin> usable(VersionKey key) {
        boot.ensureStarted();
        boolean enabled = plugins.version(key.pluginId(), key.version())
                .map(v -> v.state() == PluginState.ENABLED).orElse(false);
        return enabled ? registry.runtime().get(key) : Optional.empty();
    }

    /** A time-out reported as the documented PLUGIN_CHECK_FAILED, with the limit in the user's words. */
    private Finding checkTimedOut(PluginCallFailure e) {
        Finding timeout = e.finding(FindingCode.PLUGIN_CHECK_FAILED);
        Finding vi = FindingCode.PLUGIN_CHECK_FAILED.about(null, null, null, timeout.messageVi());
        Finding en = FindingCode.PLUGIN_CHECK_FAILED.about(null, null, null, timeout.messageEn());
        return new Finding(vi.code(), vi.severity(), null, "", null, vi.messageVi(), en.messageEn());
    }

    private void fail(LoadedPlugin plugin, Finding finding) {
        VersionKey key = plugin.key();
        LOG.warning(() -> "Plugin " + key + " failed while serving and is unloaded: " + finding.messageEn());
        registry.lock().lock();
        try {
            if (registry.runtime().get(key).orElse(null) == plugin) {
                writes.recordFailure(key.pluginId(), key.version(), PluginState.FAILED, List.of(finding));
                registry.runtime().unload(key);
            }
        } finally {
            registry.lock().unlock();
        }
    }

    private FrameworkSnapshot snapshot(long snapshotId) {
        return snapshots.find(snapshotId).orElseThrow(() -> AppException.notFound(
                "criteria.error.snapshot-not-found", Long.toString(snapshotId)));
    }

    private static ReviewResult result(VersionKey key, CheckReport report, boolean agencyRan) {
        List<FindingView> findings = new ArrayList<>(report.findings().stream().map(FindingView::of).toList());
        return new ReviewResult(key.pluginId(), key.version(), agencyRan, report.ok(), findings);
    }
}
