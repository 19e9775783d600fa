package vn.tochuc.danhgia.criteria.spi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpiVersionTest {

    @Test
    void runsPluginBuiltForTheSameVersion() {
        assertTrue(SpiVersion.isCompatible("1.0", "1.0"));
        assertTrue(SpiVersion.isSupported(SpiVersion.CURRENT));
    }

    @Test
    void runsPluginBuiltForAnOlderMinorOnANewerHost() {
        assertTrue(SpiVersion.isCompatible("1.0", "1.3"));
    }

    @Test
    void refusesPluginBuiltForANewerMinor() {
        assertFalse(SpiVersion.isCompatible("1.4", "1.3"));
    }

    @Test
    void refusesPluginBuiltForAnotherMajor() {
        assertFalse(SpiVersion.isCompatible("2.0", "1.9"));
        assertFalse(SpiVersion.isCompatible("0.9", "1.0"));
        assertFalse(SpiVersion.isSupported("2.0"));
    }

    @Test
    void comparesMinorsAsNumbersNotAsText() {
        assertTrue(SpiVersion.isCompatible("1.2", "1.10"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "1.0.0", "v1.0", "1.x", "01.0", " "})
    void refusesMalformedVersions(String version) {
        assertFalse(SpiVersion.isWellFormed(version));
        assertFalse(SpiVersion.isCompatible(version, "1.0"));
    }

    @Test
    void refusesMissingVersion() {
        assertFalse(SpiVersion.isSupported(null));
    }
}
