package vn.tochuc.danhgia.criteria.domain;

import java.util.List;
import java.util.Optional;

/** Stores plugins, their versions and the versions' frameworks. */
public interface PluginRepository {

    Optional<PluginRecord> plugin(String pluginId);

    List<PluginRecord> plugins();

    void add(PluginRecord plugin);

    void remove(PluginRecord plugin);

    List<PluginVersion> versions(String pluginId);

    List<PluginVersion> allVersions();

    Optional<PluginVersion> version(String pluginId, String version);

    Optional<PluginVersion> versionBySha(String sha256);

    long countBySha(String sha256);

    void add(PluginVersion version);

    void remove(PluginVersion version);

    void add(VersionFramework framework);

    List<VersionFramework> frameworks(long versionId);

    void flush();
}
