package vn.tochuc.danhgia.it.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.testkit.PluginSource;
import vn.tochuc.danhgia.criteria.testkit.SamplePlugins;
import vn.tochuc.danhgia.it.support.Api;
import vn.tochuc.danhgia.it.support.Deployments;
import vn.tochuc.danhgia.it.support.Reply;
import vn.tochuc.danhgia.it.support.ServerTest;

/**
 * The hostile-plugin suite on the real server: each plugin an attacker (or a careless agency) might upload is
 * refused at upload with the message IT staff see, or contained when it runs, and the server keeps serving after
 * each. The plugins are compiled by the test kit against the SPI alone, as an agency would.
 */
@ServerTest
class HostilePluginsIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    @Test
    void refusesAPluginThatCallsSystemExitAndNamesTheCall() {
        assertRefusedByTheScan(SamplePlugins.callsSystemExit("hostile-exit", "1.0.0"),
                SamplePlugins.factoryClassName("hostile-exit") + "$Plugin.check → java.lang.System.exit");
    }

    @Test
    void refusesAPluginThatHaltsTheRuntime() {
        assertRefusedByTheScan(SamplePlugins.callsRuntimeHalt("hostile-halt", "1.0.0"), "→ java.lang.Runtime.halt");
    }

    @Test
    void refusesAPluginThatReadsTheServersConfiguration() {
        assertRefusedByTheScan(SamplePlugins.readsConfigFile("hostile-read", "1.0.0"),
                "→ java.nio.file.Files.readString");
    }

    @Test
    void refusesAPluginThatOpensASocket() {
        assertRefusedByTheScan(SamplePlugins.opensSocket("hostile-net", "1.0.0"), "→ new java.net.Socket");
    }

    @Test
    void refusesAPluginThatReflectsIntoAHostClass() {
        assertRefusedByTheScan(SamplePlugins.reflectsIntoHost("hostile-reflect", "1.0.0"),
                "→ java.lang.Class.forName");
    }

    @Test
    void refusesAPluginThatStartsAThread() {
        assertRefusedByTheScan(SamplePlugins.startsThread("hostile-thread", "1.0.0"), "→ java.lang.Thread.start");
    }

    @Test
    void cutsOffAnEndlessStaticInitializerAtUploadAndKeepsServing() {
        long start = System.nanoTime();

        Reply reply = upload(SamplePlugins.endlessStaticInitializer("hostile-init", "1.0.0"));

        assertTrue(reply.status() >= 400 && reply.status() < 500, reply.status() + " " + reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertTrue(reply.body().contains("PLUGIN_TIMEOUT") && reply.body().contains("không trả lời trong thời hạn"),
                reply.body());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 15_000, "answered soon after the time limit");
        assertEquals(404, api.get("api/v1/plugins/hostile-init", "it").status(), "nothing installed");
        assertHealthy();
    }

    @Test
    void containsAHugeAllocationAsAFailureOfThePluginAndKeepsServing() {
        assertEquals(201, upload(SamplePlugins.hugeAllocation("hostile-greedy", "1.0.0")).status());

        Reply review = api.post("api/v1/plugins/hostile-greedy/versions/1.0.0/review", "it",
                PluginJars.chiefConcretization("STC", 2026));

        assertEquals(200, review.status(), review.body());
        // The JVM refuses the 8 GB array at once, or after a full collection that may outlast the time limit on a
        // busy machine: either way the plugin's call fails alone.
        assertTrue(review.body().contains("PLUGIN_CHECK_FAILED") && (review.body().contains("OutOfMemoryError")
                || review.body().contains("không trả lời trong thời hạn")), review.body());
        assertTrue(review.body().contains("\"agencyCheckRan\":false"), review.body());
        assertHealthy();
        assertEquals(201, upload(SamplePlugins.valid("hostile-after", "1.0.0")).status(),
                "a well-behaved plugin still installs after the greedy one");
    }

    /** Refused before any class is loaded, naming the call; nothing installed, nothing stored; the server serves. */
    private void assertRefusedByTheScan(PluginSource source, String offendingCall) {
        List<String> filesBefore = PluginJars.storedFiles();

        Reply reply = upload(source);

        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonObject error = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("field").equals("FORBIDDEN_REFERENCE")).findFirst()
                .orElseThrow(() -> new AssertionError("no FORBIDDEN_REFERENCE in " + reply.body()));
        String message = error.getString("message");
        assertTrue(message.startsWith("Plugin bị từ chối vì mã của nó dùng"), message);
        assertTrue(message.contains(offendingCall), message);
        assertEquals(404, api.get("api/v1/plugins/" + source.pluginId(), "it").status(), "nothing installed");
        assertEquals(filesBefore, PluginJars.storedFiles(), "no file left behind");
        assertHealthy();
    }

    /** The server still answers IT staff and units as before. */
    private void assertHealthy() {
        assertEquals(200, api.get("api/v1/plugins", "it").status());
        assertEquals(200, api.get("api/v1/units/STC/frameworks", "stc").status());
    }

    private Reply upload(PluginSource source) {
        return api.upload("api/v1/plugins", "it", "file", source.pluginId() + ".jar", "application/java-archive",
                PluginJars.bytes(source));
    }
}
