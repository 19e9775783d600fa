package vn.tochuc.danhgia.criteria;

import java.util.List;

/**
 * Installs and manages criteria plugins while the server runs. Every change is checked first (nothing changes when
 * a check fails), audited, and announced with an event. {@code revision} arguments are optional: when given, they
 * must equal the plugin's {@link PluginView#revision()}, else the call fails with a 409 conflict.
 */
public interface PluginService {

    /** Every installed plugin, by id. */
    List<PluginView> plugins();

    /** @throws vn.tochuc.danhgia.kernel.AppException NOT_FOUND when no version of it is installed */
    PluginView plugin(String pluginId);

    /**
     * Checks a JAR and, when it passes, stores it, loads it in its own class loader and makes it the plugin's active
     * version (an upgrade when another version was active). Usable at once, without a restart.
     *
     * @throws PluginRefused with every finding when a check fails; nothing is stored
     */
    InstallResult install(String fileName, byte[] content);

    /**
     * Loads and checks a version again and enables it; with a {@code version} other than the active one it also
     * becomes the active version.
     *
     * @param version the version, or {@code null} for the active one
     */
    PluginView enable(String pluginId, String version, Long revision);

    /**
     * Disables the plugin: without {@code version}, every version of it that runs (the active one and any other
     * enabled version), in one change; with {@code version}, that version only. A disabled active version leaves
     * the plugin serving nothing.
     */
    PluginView disable(String pluginId, String version, Long revision);

    /** Switches back to the version that was active before the last switch, loading it again if needed. */
    PluginView rollback(String pluginId, Long revision);

    /**
     * Deletes a version no record uses, and its JAR when no other version shares it. The active version must be
     * disabled (or another one activated) first.
     *
     * @return the plugin afterwards, or {@code null} when it has no version left
     */
    PluginView deleteVersion(String pluginId, String version, Long revision);

    /**
     * Installs the JARs dropped into the plugins directory by hand (done at every start too).
     *
     * @return the drop-ins refused so far, with their reports
     */
    List<DropInRefusal> scanPluginsDirectory();

    /** The drop-ins refused since the server started. */
    List<DropInRefusal> refusedDropIns();
}
