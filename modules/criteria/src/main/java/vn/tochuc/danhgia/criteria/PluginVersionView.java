package vn.tochuc.danhgia.criteria;

import java.time.Instant;
import java.util.List;

/**
 * One installed plugin version.
 *
 * @param pluginId      the plugin id, e.g. {@code so-tai-chinh}
 * @param version       the plugin version, e.g. {@code 1.0.0}
 * @param displayName   the Vietnamese name it declares
 * @param state         whether it is loaded and usable
 * @param active        whether it is the plugin's active version (the one serving new work when enabled)
 * @param spiVersion    the SPI version it was built for ({@code Plugin-Spi-Version})
 * @param sha256        the SHA-256 of its JAR, hexadecimal
 * @param fileName      the file name it was uploaded under
 * @param sizeBytes     the JAR's size
 * @param regulation    the regulation basis it declares
 * @param yearFrom      the first evaluation year it applies to
 * @param yearTo        the last evaluation year it applies to
 * @param unitCodes     the units it declares it serves
 * @param groupCodes    the unit groups it declares it serves
 * @param installedBy   who installed it
 * @param installedAt   when
 * @param stateChangedAt when its state last changed
 * @param stateReason   why it is failed or missing, empty otherwise
 * @param report        the findings of its last load: warnings when enabled, errors when failed
 * @param uses          how many records use snapshots of its frameworks (it cannot be deleted while non-zero)
 * @param signed        whether its JAR is signed ({@code false}: accepted only because unsigned plugins are allowed,
 *                      shown with a warning)
 * @param signer        who signed it, or {@code null} when unsigned
 */
public record PluginVersionView(String pluginId, String version, String displayName, PluginState state,
        boolean active, String spiVersion, String sha256, String fileName, long sizeBytes, String regulation,
        int yearFrom, int yearTo, List<String> unitCodes, List<String> groupCodes, String installedBy,
        Instant installedAt, Instant stateChangedAt, String stateReason, List<FindingView> report, long uses,
        boolean signed, PluginSigner signer) {

    public PluginVersionView {
        unitCodes = List.copyOf(unitCodes);
        groupCodes = List.copyOf(groupCodes);
        report = List.copyOf(report);
    }

    /** Whether it may serve new work: enabled and active. */
    public boolean serving() {
        return active && state == PluginState.ENABLED;
    }
}
