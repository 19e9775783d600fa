package vn.tochuc.danhgia.criteria.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.spi.SpiVersion;

class ManifestCheckTest {

    private static Map<String, String> entries(String id, String version, String spi) {
        Map<String, String> entries = new HashMap<>();
        entries.put(ManifestCheck.PLUGIN_ID, id);
        entries.put(ManifestCheck.PLUGIN_VERSION, version);
        entries.put(ManifestCheck.PLUGIN_SPI_VERSION, spi);
        return entries;
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void acceptsAManifestThatMatchesTheDescriptor() {
        Map<String, String> entries = entries("so-tai-chinh", "1.0.0", "1.0");

        assertEquals(List.of(), ManifestCheck.beforeLoading(entries));
        assertEquals(List.of(), ManifestCheck.againstDescriptor(entries, DraftFrameworks.descriptor()));
    }

    @Test
    void readsTheMainEntriesOfAJarManifest() {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue(ManifestCheck.PLUGIN_ID, "so-tai-chinh");

        assertEquals("so-tai-chinh", ManifestCheck.entries(manifest).get("Plugin-Id"));
    }

    @Test
    void rejectsAManifestWithoutThePluginEntries() {
        List<Finding> findings = ManifestCheck.beforeLoading(Map.of("Manifest-Version", "1.0"));

        assertEquals(List.of("MANIFEST_ENTRY_MISSING", "MANIFEST_ENTRY_MISSING", "MANIFEST_ENTRY_MISSING"),
                codes(findings));
        assertEquals("Tệp kê khai META-INF/MANIFEST.MF thiếu mục Plugin-Spi-Version.", findings.get(2).messageVi());
    }

    @Test
    void rejectsPluginBuiltForAnotherSpiMajorBeforeLoadingIt() {
        List<Finding> findings = ManifestCheck.beforeLoading(entries("demo", "1.0.0", "2.0"));

        assertEquals(List.of("SPI_VERSION_INCOMPATIBLE"), codes(findings));
        assertEquals("Plugin được xây dựng cho SPI 2.0, nhưng hệ thống đang dùng SPI " + SpiVersion.current()
                + ": cần cùng phiên bản chính và phiên bản phụ không cao hơn của hệ thống.", findings.get(0).messageVi());
    }

    @Test
    void rejectsPluginBuiltForANewerMinorThanTheHosts() {
        assertEquals(List.of("SPI_VERSION_INCOMPATIBLE"),
                codes(ManifestCheck.beforeLoading(entries("demo", "1.0.0", "1.3"), "1.2")));
        assertEquals(List.of(), codes(ManifestCheck.beforeLoading(entries("demo", "1.0.0", "1.1"), "1.2")));
    }

    @Test
    void rejectsMalformedManifestValues() {
        List<Finding> findings = ManifestCheck.beforeLoading(entries("Demo Plugin", "1.0", "one"));

        assertEquals(List.of("MANIFEST_VALUE_INVALID", "MANIFEST_VALUE_INVALID", "MANIFEST_VALUE_INVALID"),
                codes(findings));
    }

    @Test
    void rejectsAManifestThatNamesAnotherPluginOrVersion() {
        List<Finding> findings = ManifestCheck.againstDescriptor(entries("so-giao-duc", "1.0.1", "1.0"),
                DraftFrameworks.descriptor());

        assertEquals(List.of("MANIFEST_MISMATCH", "MANIFEST_MISMATCH"), codes(findings));
        assertEquals("Mục Plugin-Id trong tệp kê khai là \"so-giao-duc\", nhưng plugin khai báo \"so-tai-chinh\".",
                findings.get(0).messageVi());
    }
}
