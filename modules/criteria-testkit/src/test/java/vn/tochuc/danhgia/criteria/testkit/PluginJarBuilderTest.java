package vn.tochuc.danhgia.criteria.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory;

class PluginJarBuilderTest {

    private static final String FACTORY = """
            package demo;

            import java.util.List;
            import vn.tochuc.danhgia.criteria.spi.*;

            public final class DemoFactory implements CriteriaPluginFactory {
                @Override
                public PluginDescriptor descriptor() {
                    return PluginDescriptor.of("demo", "1.0.0", "Thử nghiệm");
                }

                @Override
                public CriteriaPlugin create() {
                    return () -> List.of();
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void writesClassesManifestEntriesAndServiceFile() throws Exception {
        Path jar = PluginJarBuilder.create()
                .source("demo.DemoFactory", FACTORY)
                .pluginId("demo").pluginVersion("1.0.0").spiVersion("1.0")
                .manifestEntry("Plugin-Name", "Thử nghiệm")
                .provider("demo.DemoFactory")
                .resource("demo/messages.properties", "tieu-de=Tiêu đề\n")
                .build(dir.resolve("out/demo.jar"));

        try (JarFile file = new JarFile(jar.toFile())) {
            assertNotNull(file.getEntry("demo/DemoFactory.class"));
            assertNotNull(file.getEntry("demo/messages.properties"));
            assertEquals("demo", file.getManifest().getMainAttributes().getValue("Plugin-Id"));
            assertEquals("Thử nghiệm", file.getManifest().getMainAttributes().getValue("Plugin-Name"));
        }
        try (LoadedJar loaded = new LoadedJar(jar)) {
            assertEquals("demo.DemoFactory\n", loaded.serviceFile());
            assertEquals("demo", loaded.onlyFactory().descriptor().id());
            assertEquals(Map.of("Manifest-Version", "1.0", "Plugin-Id", "demo", "Plugin-Version", "1.0.0",
                    "Plugin-Spi-Version", "1.0", "Plugin-Name", "Thử nghiệm"), loaded.manifest());
        }
    }

    @Test
    void leavesOutTheServiceFileWhenNoProviderIsGiven() throws Exception {
        Path jar = PluginJarBuilder.create().source("demo.DemoFactory", FACTORY).build(dir.resolve("demo.jar"));

        try (LoadedJar loaded = new LoadedJar(jar)) {
            assertNull(loaded.serviceFile());
            assertTrue(loaded.factories().isEmpty());
        }
    }

    @Test
    void compilesAgainstTheSpiOnly() {
        String usesTheHostsChecker = "package demo; public class Leaky { "
                + "vn.tochuc.danhgia.criteria.check.CheckReport report; }";

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PluginJarBuilder.create()
                .source("demo.Leaky", usesTheHostsChecker).build(dir.resolve("leaky.jar")));

        assertTrue(e.getMessage().contains("demo/Leaky.java:1"), e.getMessage());
        assertTrue(e.getMessage().contains("vn.tochuc.danhgia.criteria.check"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("leaky.jar")));
    }

    @Test
    void locatesTheSpiItCompilesAgainst() {
        Path spi = PluginJarBuilder.spiLocation();

        assertTrue(Files.exists(spi));
        assertEquals(spi, Path.of(CriteriaPluginFactory.class.getProtectionDomain().getCodeSource().getLocation()
                .getPath()));
    }
}
