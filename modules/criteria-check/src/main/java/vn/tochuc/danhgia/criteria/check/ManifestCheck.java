package vn.tochuc.danhgia.criteria.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import vn.tochuc.danhgia.criteria.spi.PluginDescriptor;
import vn.tochuc.danhgia.criteria.spi.SpiVersion;

/**
 * Checks the plugin's {@code META-INF/MANIFEST.MF} main entries. The host reads them before it creates a class
 * loader, so that a plugin built for another SPI major is refused without running any of its code.
 */
public final class ManifestCheck {

    /** The plugin id; must equal {@link PluginDescriptor#id()}. Required. */
    public static final String PLUGIN_ID = "Plugin-Id";
    /** The plugin version; must equal {@link PluginDescriptor#version()}. Required. */
    public static final String PLUGIN_VERSION = "Plugin-Version";
    /** The SPI version the plugin was built against, {@code major.minor}. Required. */
    public static final String PLUGIN_SPI_VERSION = "Plugin-Spi-Version";
    /** The display name, for the upload screen before the plugin is loaded. Optional. */
    public static final String PLUGIN_NAME = "Plugin-Name";

    private ManifestCheck() {}

    /** The main entries of a manifest, by name. */
    public static Map<String, String> entries(Manifest manifest) {
        Map<String, String> entries = new LinkedHashMap<>();
        if (manifest != null) {
            for (Map.Entry<Object, Object> e : manifest.getMainAttributes().entrySet()) {
                entries.put(((Attributes.Name) e.getKey()).toString(), String.valueOf(e.getValue()));
            }
        }
        return entries;
    }

    /** What can be checked without loading the plugin: entries present, well formed, SPI version supported. */
    public static List<Finding> beforeLoading(Map<String, String> entries) {
        return beforeLoading(entries, SpiVersion.current());
    }

    /** As {@link #beforeLoading(Map)}, against a given host SPI version. */
    public static List<Finding> beforeLoading(Map<String, String> entries, String hostSpiVersion) {
        List<Finding> findings = new ArrayList<>();
        String id = value(entries, PLUGIN_ID, findings);
        String version = value(entries, PLUGIN_VERSION, findings);
        String spi = value(entries, PLUGIN_SPI_VERSION, findings);
        if (id != null && !Patterns.isPluginId(id)) {
            findings.add(FindingCode.MANIFEST_VALUE_INVALID.about(null, null, null, PLUGIN_ID, id));
        }
        if (version != null && !Patterns.isVersion(version)) {
            findings.add(FindingCode.MANIFEST_VALUE_INVALID.about(null, null, null, PLUGIN_VERSION, version));
        }
        if (spi != null && !SpiVersion.isWellFormed(spi)) {
            findings.add(FindingCode.MANIFEST_VALUE_INVALID.about(null, null, null, PLUGIN_SPI_VERSION, spi));
        } else if (spi != null && !SpiVersion.isCompatible(spi, hostSpiVersion)) {
            findings.add(FindingCode.SPI_VERSION_INCOMPATIBLE.about(null, null, null, spi, hostSpiVersion));
        }
        return findings;
    }

    /** After loading: the manifest names the same plugin and version as the descriptor. */
    public static List<Finding> againstDescriptor(Map<String, String> entries, PluginDescriptor descriptor) {
        List<Finding> findings = new ArrayList<>();
        compare(PLUGIN_ID, entries.get(PLUGIN_ID), descriptor.id(), findings);
        compare(PLUGIN_VERSION, entries.get(PLUGIN_VERSION), descriptor.version(), findings);
        return findings;
    }

    private static String value(Map<String, String> entries, String name, List<Finding> findings) {
        String value = entries.get(name);
        if (value == null || value.isBlank()) {
            findings.add(FindingCode.MANIFEST_ENTRY_MISSING.about(null, null, null, name));
            return null;
        }
        return value.strip();
    }

    private static void compare(String name, String inManifest, String declared, List<Finding> findings) {
        if (inManifest != null && !inManifest.strip().equals(declared)) {
            findings.add(FindingCode.MANIFEST_MISMATCH.about(null, null, null, name, inManifest.strip(), declared));
        }
    }
}
