package vn.tochuc.danhgia.criteria.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.testkit.SamplePlugins;

/**
 * The quarantine rule with the test kit's hanging plugin: every overrun is contained, the third within the window
 * quarantines the version, overruns spread wider than the window do not, and a new load starts counting again.
 */
class QuarantineTest {

    @TempDir
    Path dir;

    @Test
    void theThirdTimeOutOfAHangingPluginQuarantinesIt() {
        try (PluginRuntime runtime = Runtimes.create(Duration.ofMillis(200))) {
            LoadedPlugin plugin = Runtimes.load(runtime, SamplePlugins.hangsOnCheck("demo-q", "1.0.0",
                    Duration.ofSeconds(20)).build(dir.resolve("q.jar"))).plugin();
            List<Boolean> verdicts = new ArrayList<>();

            for (int i = 0; i < 3; i++) {
                PluginCallFailure failure = assertThrows(PluginCallFailure.class, () -> runtime.call(plugin,
                        p -> p.check(Concretization.of(SubjectType.CHIEF, "STC", 2026))));
                assertTrue(failure.timedOut());
                verdicts.add(plugin.timeouts().strike(TimeoutStrikes.DEFAULT_LIMIT, TimeoutStrikes.DEFAULT_WINDOW,
                        Clock.systemUTC()));
            }

            assertEquals(List.of(false, false, true), verdicts);
            LoadedPlugin again = Runtimes.load(runtime, SamplePlugins.hangsOnCheck("demo-q", "1.0.0",
                    Duration.ofSeconds(20)).build(dir.resolve("q2.jar"))).plugin();
            assertEquals(0, again.timeouts().count(), "enabling it again loads it afresh, with no strikes");
        }
    }

    @Test
    void timeOutsFurtherApartThanTheWindowDoNotQuarantine() {
        TimeoutStrikes strikes = new TimeoutStrikes();
        Instant start = Instant.parse("2026-12-04T01:00:00Z");
        Duration window = Duration.ofMinutes(10);

        assertFalse(strikes.strike(3, window, at(start)));
        assertFalse(strikes.strike(3, window, at(start.plus(Duration.ofMinutes(6)))));
        assertFalse(strikes.strike(3, window, at(start.plus(Duration.ofMinutes(12)))), "the first one expired");
        assertTrue(strikes.strike(3, window, at(start.plus(Duration.ofMinutes(13)))));
    }

    @Test
    void aLimitOfOneQuarantinesAtTheFirstTimeOut() {
        assertTrue(new TimeoutStrikes().strike(1, Duration.ofMinutes(10), Clock.systemUTC()));
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
