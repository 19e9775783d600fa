package vn.tochuc.danhgia.criteria.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import vn.tochuc.danhgia.criteria.check.ManifestCheck;

/**
 * The manifest entries the plugin's build will stamp, as the build hands them to the tests: the system properties
 * {@code plugin.id}, {@code plugin.version} and {@code plugin.spi.version}, set through Surefire.
 *
 * <p>A missing property fails the test instead of skipping the manifest check: the host refuses a JAR whose
 * manifest does not match its descriptor, and a check that silently does not run would let such a JAR pass every
 * test of its own project.
 */
final class BuildManifest {

    static final List<String> PROPERTIES = List.of("plugin.id", "plugin.version", "plugin.spi.version");

    /** What to add to the plugin's POM, in the failure message: the author can copy it as is. */
    static final String SUREFIRE_SNIPPET = """
                  <plugin>
                    <groupId>org.apache.maven.plugins</groupId>
                    <artifactId>maven-surefire-plugin</artifactId>
                    <configuration>
                      <systemPropertyVariables>
                        <plugin.id>${plugin.id}</plugin.id>
                        <plugin.version>${plugin.version}</plugin.version>
                        <plugin.spi.version>${plugin.spi.version}</plugin.spi.version>
                      </systemPropertyVariables>
                    </configuration>
                  </plugin>""";

    private BuildManifest() {}

    /** The entries from this JVM's system properties; fails the test when any is missing. */
    static Map<String, String> fromSystemProperties() {
        return from(System::getProperty);
    }

    /** The entries from the given properties; fails the test, naming every missing one, when any is missing. */
    static Map<String, String> from(UnaryOperator<String> properties) {
        List<String> missing = PROPERTIES.stream().filter(name -> !isSet(properties.apply(name))).toList();
        if (!missing.isEmpty()) {
            fail(message(missing));
        }
        Map<String, String> manifest = new LinkedHashMap<>();
        manifest.put(ManifestCheck.PLUGIN_ID, properties.apply("plugin.id"));
        manifest.put(ManifestCheck.PLUGIN_VERSION, properties.apply("plugin.version"));
        manifest.put(ManifestCheck.PLUGIN_SPI_VERSION, properties.apply("plugin.spi.version"));
        return manifest;
    }

    /**
     * Blank, or Maven's expression left as is: Surefire passes {@code ${plugin.version}} literally when the POM
     * does not define that property.
     */
    private static boolean isSet(String value) {
        return value != null && !value.isBlank() && !value.strip().startsWith("${");
    }

    static String message(List<String> missing) {
        String names = String.join(", ", missing);
        return "The manifest check needs the system properties plugin.id, plugin.version and plugin.spi.version; "
                + "missing: " + names + ".\n"
                + "Kiểm tra manifest cần các thuộc tính hệ thống plugin.id, plugin.version và plugin.spi.version; "
                + "đang thiếu: " + names + ".\n"
                + "Define the properties in the plugin's pom.xml and add to <build><plugins> / Khai báo các thuộc "
                + "tính trong pom.xml của plugin và thêm vào <build><plugins>:\n"
                + SUREFIRE_SNIPPET + "\n"
                + "To skip the manifest check on purpose, call PluginAssertions.report(factory, config, Map.of()) "
                + "/ Muốn bỏ qua kiểm tra manifest có chủ đích, gọi PluginAssertions.report(factory, config, "
                + "Map.of()).";
    }
}
