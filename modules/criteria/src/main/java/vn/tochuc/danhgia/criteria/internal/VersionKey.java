package vn.tochuc.danhgia.criteria.internal;

/** A plugin version: {@code so-tai-chinh@1.0.0}. */
public record VersionKey(String pluginId, String version) {

    @Override
    public String toString() {
        return pluginId + "@" + version;
    }
}
