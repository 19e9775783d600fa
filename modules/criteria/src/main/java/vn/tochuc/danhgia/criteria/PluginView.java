package vn.tochuc.danhgia.criteria;

import java.util.List;
import java.util.Optional;

/**
 * A plugin with its installed versions, newest first.
 *
 * @param pluginId        the plugin id
 * @param displayName     the name of its active (or newest) version
 * @param activeVersion   the version serving new work when enabled, or {@code null}
 * @param previousVersion the version that was active before the last switch, where a rollback goes
 * @param revision        for optimistic locking: send it back with an operation to be sure nobody changed the
 *                        plugin in between
 * @param unitsUsing      the active units whose framework comes from this plugin in the current year
 * @param versions        the installed versions
 */
public record PluginView(String pluginId, String displayName, String activeVersion, String previousVersion,
        long revision, List<String> unitsUsing, List<PluginVersionView> versions) {

    public PluginView {
        unitsUsing = List.copyOf(unitsUsing);
        versions = List.copyOf(versions);
    }

    public Optional<PluginVersionView> active() {
        return versions.stream().filter(PluginVersionView::active).findFirst();
    }

    public Optional<PluginVersionView> version(String version) {
        return versions.stream().filter(v -> v.version().equals(version)).findFirst();
    }

    /** The state shown for the plugin as a whole: its active version's, or DISABLED when it has none. */
    public PluginState state() {
        return active().map(PluginVersionView::state).orElse(PluginState.DISABLED);
    }
}
