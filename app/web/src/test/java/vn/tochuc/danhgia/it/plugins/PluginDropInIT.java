package vn.tochuc.danhgia.it.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.testkit.SamplePlugins;
import vn.tochuc.danhgia.it.support.Api;
import vn.tochuc.danhgia.it.support.Deployments;
import vn.tochuc.danhgia.it.support.Reply;
import vn.tochuc.danhgia.it.support.ServerTest;

/**
 * JARs that IT staff drop into the plugins directory by hand: installed when the server starts (a broken one is set
 * aside with a report, and the server starts anyway), or while it runs on a scan.
 */
@ServerTest
class PluginDropInIT {

    static Path dropDir() {
        return Path.of(System.getProperty("it.data.dir"), "plugins");
    }

    /** Runs before the server starts: what an administrator copied into the directory while it was stopped. */
    @Deployment(testable = false)
    static WebArchive app() {
        try {
            Files.createDirectories(dropDir());
            SamplePlugins.valid("it-dropin", "1.0.0", "SNNPTNT").build(dropDir().resolve("it-dropin-1.0.0.jar"));
            Files.writeString(dropDir().resolve("it-broken.jar"), "Không phải tệp JAR", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void installsAJarDroppedInBeforeTheStartAndSetsABrokenOneAside() throws IOException {
        Api api = new Api(base);

        JsonObject plugin = api.get("api/v1/plugins/it-dropin", "it").json();

        JsonObject version = plugin.getJsonArray("versions").getJsonObject(0);
        assertEquals("ENABLED", version.getString("state"));
        assertEquals("plugins-directory", version.getString("installedBy"));
        assertFalse(Files.exists(dropDir().resolve("it-dropin-1.0.0.jar")), "moved into the store");
        assertTrue(Files.exists(dropDir().resolve("it-broken.jar.refused")));
        assertTrue(Files.readString(dropDir().resolve("it-broken.jar.refused.txt")).contains("NOT_A_JAR"));
        Reply scan = api.post("api/v1/plugins/scan", "it", "");
        assertTrue(scan.body().contains("it-broken.jar") && scan.body().contains("NOT_A_JAR"), scan.body());
    }

    @Test
    void installsAJarDroppedInWhileRunningOnAScan() {
        Api api = new Api(base);
        SamplePlugins.valid("it-dropin-live", "1.0.0", "SKHCN").build(dropDir().resolve("it-dropin-live.jar"));

        Reply scan = api.post("api/v1/plugins/scan", "it", "");

        assertEquals(200, scan.status(), scan.body());
        assertEquals("ENABLED", api.get("api/v1/plugins/it-dropin-live", "it").json().getJsonArray("versions")
                .getJsonObject(0).getString("state"));
        assertFalse(Files.exists(dropDir().resolve("it-dropin-live.jar")));
    }
}
