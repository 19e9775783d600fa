package vn.tochuc.danhgia.criteria.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SemVerTest {

    @Test
    void ordersVersionsNumericallyWithPreReleasesFirst() {
        List<String> versions = new ArrayList<>(List.of("1.10.0", "1.2.0", "2.0.0", "1.2.0-rc.1", "1.2.0+build.7",
                "0.9.9"));

        versions.sort(SemVer.ORDER);

        assertEquals(List.of("0.9.9", "1.2.0-rc.1", "1.2.0", "1.2.0+build.7", "1.10.0", "2.0.0"), versions);
        assertEquals(0, SemVer.compare("1.2.0", "1.2.0+other"));
    }
}
