package vn.tochuc.danhgia.criteria.spi;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Agencies pick the Maven version of criteria-spi by the SPI version they target, so the two must not drift: the
 * Maven release {@code 1.1.x} is SPI {@code 1.1}. The POM passes its version as {@code criteria.spi.release}.
 */
class ReleaseVersionTest {

    @Test
    void mavenReleaseIsTheSpiVersionWithAPatchNumber() {
        String release = System.getProperty("criteria.spi.release");
        assertNotNull(release, "Run through Maven: the POM passes its version as the system property "
                + "criteria.spi.release");

        assertTrue(Pattern.matches(Pattern.quote(SpiVersion.CURRENT) + "\\.(0|[1-9]\\d*)", release),
                "The Maven version " + release + " must be SpiVersion.CURRENT (" + SpiVersion.CURRENT
                        + ") followed by a patch number, e.g. " + SpiVersion.CURRENT + ".0: change "
                        + "criteria.spi.release in the root POM and the version of criteria-spi, criteria-check, "
                        + "criteria-support and criteria-testkit");
    }
}
