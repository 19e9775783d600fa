package vn.tochuc.danhgia.criteria;

/** The state of one installed plugin version. */
public enum PluginState {

    /** Loaded in its own class loader and checked: it may serve new work. */
    ENABLED,
    /** Installed but not loaded, by decision of IT staff; enabling it loads and checks it again. */
    DISABLED,
    /** Not loaded because it failed a check when loaded, or threw or overran a time limit while serving. */
    FAILED,
    /** Its JAR is no longer in the plugins directory (or no longer has the SHA-256 recorded at install). */
    MISSING
}
