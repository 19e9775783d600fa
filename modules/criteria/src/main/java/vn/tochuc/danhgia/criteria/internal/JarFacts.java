package vn.tochuc.danhgia.criteria.internal;

import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.criteria.PluginSigner;
import vn.tochuc.danhgia.criteria.check.Finding;
import vn.tochuc.danhgia.criteria.check.ManifestCheck;

/**
 * What can be known about a plugin JAR without running any of its code.
 *
 * @param sha256      the SHA-256 of the file, hexadecimal
 * @param sizeBytes   its size
 * @param manifest    the manifest's main entries
 * @param serviceFile the text of its {@code META-INF/services} file, or {@code null}
 * @param findings    what the checks before loading found (manifest, signature, service file)
 * @param signer      who signed it, verified against the trusted keys; {@code null} when unsigned (the installer
 *                    then warns with {@code JAR_UNSIGNED_ALLOWED}) or refused
 */
record JarFacts(String sha256, long sizeBytes, Map<String, String> manifest, String serviceFile,
        List<Finding> findings, PluginSigner signer) {

    JarFacts {
        manifest = Map.copyOf(manifest);
        findings = List.copyOf(findings);
    }

    String pluginId() {
        return manifest.getOrDefault(ManifestCheck.PLUGIN_ID, "").strip();
    }

    String version() {
        return manifest.getOrDefault(ManifestCheck.PLUGIN_VERSION, "").strip();
    }

    String spiVersion() {
        return manifest.getOrDefault(ManifestCheck.PLUGIN_SPI_VERSION, "").strip();
    }

    boolean ok() {
        return findings.stream().noneMatch(Finding::isError);
    }
}
