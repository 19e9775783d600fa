package vn.tochuc.danhgia.criteria.internal;

import java.util.List;
import vn.tochuc.danhgia.criteria.PluginState;
import vn.tochuc.danhgia.criteria.check.Finding;

/** A stored version loaded again, or the state it must go to (FAILED or MISSING) and why. */
record Reload(LoadedPlugin plugin, PluginState failure, List<Finding> findings) {

    Reload {
        findings = List.copyOf(findings);
    }

    static Reload failed(PluginState state, List<Finding> findings) {
        return new Reload(null, state, findings);
    }

    boolean ok() {
        return plugin != null;
    }
}
