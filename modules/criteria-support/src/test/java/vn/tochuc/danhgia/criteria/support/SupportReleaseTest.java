package vn.tochuc.danhgia.criteria.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.spi.SpiVersion;

/** Plugin authors take this library in the version of the SPI they build against: the two are released together. */
class SupportReleaseTest {

    @Test
    void isReleasedUnderTheSpisRelease() {
        String release = System.getProperty("criteria.support.release", "(not run through Maven)");

        assertEquals(System.getProperty("criteria.spi.release"), release,
                "the <version> of criteria-support must be criteria.spi.release of the root POM");
        assertTrue(release.startsWith(SpiVersion.CURRENT + "."), release + " is not a release of SPI "
                + SpiVersion.CURRENT);
    }
}
