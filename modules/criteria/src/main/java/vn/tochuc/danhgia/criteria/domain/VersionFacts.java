package vn.tochuc.danhgia.criteria.domain;

import java.util.List;

/** What is recorded about a plugin version when it is installed: from its manifest, its descriptor and its file. */
public record VersionFacts(String pluginId, String version, String displayName, String spiVersion, String sha256,
        String fileName, long sizeBytes, String regulation, int yearFrom, int yearTo, List<String> unitCodes,
        List<String> groupCodes) {

    public VersionFacts {
        unitCodes = List.copyOf(unitCodes);
        groupCodes = List.copyOf(groupCodes);
    }
}
