package vn.tochuc.danhgia.criteria.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class BuildManifestTest {

    @Test
    void readsTheThreeEntriesTheBuildWillStamp() {
        Map<String, String> properties = Map.of("plugin.id", "so-noi-vu", "plugin.version", "1.2.0",
                "plugin.spi.version", "1.1");

        assertEquals(Map.of("Plugin-Id", "so-noi-vu", "Plugin-Version", "1.2.0", "Plugin-Spi-Version", "1.1"),
                BuildManifest.from(properties::get));
    }

    @Test
    void namesEveryMissingPropertyWhenNoneIsSet() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> BuildManifest.from(name -> null));

        assertTrue(e.getMessage().contains("missing: plugin.id, plugin.version, plugin.spi.version."),
                e.getMessage());
        assertTrue(e.getMessage().contains(BuildManifest.SUREFIRE_SNIPPET), e.getMessage());
    }

    @Test
    void treatsBlankAndUnresolvedMavenExpressionsAsMissing() {
        Map<String, String> properties = Map.of("plugin.id", "so-noi-vu", "plugin.version", " ",
                "plugin.spi.version", "${plugin.spi.version}");

        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> BuildManifest.from(properties::get));

        assertTrue(e.getMessage().contains("missing: plugin.version, plugin.spi.version."), e.getMessage());
    }
}
