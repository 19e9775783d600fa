package vn.tochuc.danhgia.criteria.web;

import java.io.Serializable;
import vn.tochuc.danhgia.criteria.PluginState;
import vn.tochuc.danhgia.criteria.PluginVersionView;
import vn.tochuc.danhgia.criteria.PluginView;

/** One row of the plugin table: a version, with what the screen needs of its plugin. */
public record VersionRow(PluginView plugin, PluginVersionView version, boolean first) implements Serializable {

    public String key() {
        return version.pluginId() + "@" + version.version();
    }

    public boolean mayUse() {
        return !(version.active() && version.state() == PluginState.ENABLED) && version.state() != PluginState.MISSING;
    }

    public boolean mayDisable() {
        return version.state() == PluginState.ENABLED;
    }

    public boolean mayDelete() {
        return version.uses() == 0 && !(version.active() && version.state() == PluginState.ENABLED);
    }

    public boolean mayRollback() {
        return version.active() && plugin.versions().size() > 1;
    }

    /** "2: STC, SGDDT" on the active version's row. */
    public String unitsUsing() {
        return plugin.unitsUsing().size() + (plugin.unitsUsing().isEmpty() ? "" : ": "
                + String.join(", ", plugin.unitsUsing()));
    }

    public String shortSha() {
        return version.sha256().substring(0, 12) + "…";
    }

    public String badge() {
        switch (version.state()) {
            case ENABLED:
                return "ok";
            case DISABLED:
                return "";
            default:
                return "bad";
        }
    }
}
