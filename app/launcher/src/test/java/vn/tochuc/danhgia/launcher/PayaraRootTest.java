package vn.tochuc.danhgia.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Payara Micro's root directory is kept between starts and the WAR deployed into it once; a new WAR, a start that
 * never became healthy, or another Payara Micro version starts from a clean root.
 */
class PayaraRootTest {

    @TempDir
    Path data;

    private Path war() throws Exception {
        Path war = data.resolve("ROOT.war");
        Files.writeString(war, "war");
        Files.setLastModifiedTime(war, FileTime.fromMillis(1_000_000));
        return war;
    }

    @Test
    void theWarIsDeployedOnceAndLaterStartsLoadItFromTheRoot() throws Exception {
        Path war = war();
        PayaraRoot.Start first = PayaraRoot.prepare(data.resolve("payara"), "6.2025.10", war);
        assertTrue(first.deploy());
        Files.createDirectories(first.root().resolve("runtime"));
        Files.writeString(first.root().resolve("runtime/unpacked.jar"), "x");
        PayaraRoot.healthy(first, war);

        PayaraRoot.Start again = PayaraRoot.prepare(data.resolve("payara"), "6.2025.10", war);
        assertEquals(new PayaraRoot.Start(data.resolve("payara/6.2025.10"), false), again);
        assertTrue(Files.exists(again.root().resolve("runtime/unpacked.jar")), "the unpacked runtime is kept");

        Files.setLastModifiedTime(war, FileTime.fromMillis(2_000_000));
        PayaraRoot.Start rebuilt = PayaraRoot.prepare(data.resolve("payara"), "6.2025.10", war);
        assertTrue(rebuilt.deploy(), "a new WAR is deployed");
        assertFalse(Files.exists(rebuilt.root().resolve("runtime")), "into a clean root, so it is not loaded twice");
    }

    @Test
    void aStartThatNeverBecameHealthyAndAnUpgradeStartClean() throws Exception {
        Path war = war();
        PayaraRoot.Start failed = PayaraRoot.prepare(data.resolve("payara"), "6.2025.10", war);
        assertTrue(PayaraRoot.prepare(data.resolve("payara"), "6.2025.10", war).deploy(), "no healthy start yet");
        PayaraRoot.healthy(failed, war);

        PayaraRoot.Start upgraded = PayaraRoot.prepare(data.resolve("payara"), "6.2026.1", war);
        assertEquals(data.resolve("payara/6.2026.1"), upgraded.root());
        assertTrue(upgraded.deploy());
        assertFalse(Files.exists(failed.root()), "the root of the old version is removed");
    }

    @Test
    void theVersionComesFromTheLauncherManifest() throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue(PayaraRoot.VERSION_ATTRIBUTE, "6.2025.10");
        Path jar = data.resolve("danhgia-launcher.jar");
        try (OutputStream out = Files.newOutputStream(jar)) {
            new JarOutputStream(out, manifest).close();
        }
        assertEquals("6.2025.10", PayaraRoot.version(jar));
        assertEquals("current", PayaraRoot.version(data.resolve("classes")), "not run from the JAR");
    }
}
