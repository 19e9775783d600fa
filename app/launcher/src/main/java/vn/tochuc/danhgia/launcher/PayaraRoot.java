package vn.tochuc.danhgia.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Payara Micro's root directory ({@code --rootdir}) under the data folder, e.g. {@code ./data/payara/6.2025.10}.
 *
 * <p>Without it Payara Micro unpacks its runtime and the WAR into a fresh folder under the system temp folder at
 * every start. With it both are unpacked once and later starts reuse them. A root also keeps what was deployed in it
 * and loads it again at the next start, so the WAR is passed with {@code --deploy} only when the root does not hold
 * this very WAR yet (first start, or a new build of the application): passing it every time would deploy the
 * application twice per start. A new WAR, or a root whose start never became healthy, gets a fresh root. The folder is
 * named after the Payara Micro version the launcher was built with; the roots of other versions are removed.
 */
final class PayaraRoot {

    /** The launcher JAR's manifest attribute that names the Payara Micro version (written by the build). */
    static final String VERSION_ATTRIBUTE = "Payara-Version";

    /** Inside the root: which WAR it holds, written once that WAR's start was healthy. */
    static final String DEPLOYED = "danhgia-deployed.txt";

    /**
     * How to start Payara Micro.
     *
     * @param root   the root directory to pass with {@code --rootdir}
     * @param deploy whether to pass the WAR with {@code --deploy} (false: the root already holds it)
     */
    record Start(Path root, boolean deploy) {}

    private PayaraRoot() {}

    /** Prepares {@code <parent>/<version>} for starting {@code war}, and removes the roots of other versions. */
    static Start prepare(Path parent, String version, Path war) throws IOException {
        Path root = parent.resolve(version);
        if (Files.isDirectory(parent)) {
            try (Stream<Path> others = Files.list(parent)) {
                for (Path other : others.filter(p -> !p.equals(root) && Files.isDirectory(p)).toList()) {
                    delete(other);
                }
            }
        }
        Path deployed = root.resolve(DEPLOYED);
        if (Files.isRegularFile(deployed) && Files.readString(deployed, StandardCharsets.UTF_8).equals(stamp(war))) {
            return new Start(root, false);
        }
        if (Files.exists(root)) {
            delete(root);
        }
        Files.createDirectories(root);
        return new Start(root, true);
    }

    /** After the application answered healthy: the root holds this WAR, the next start loads it from there. */
    static void healthy(Start start, Path war) throws IOException {
        if (start.deploy()) {
            Files.writeString(start.root().resolve(DEPLOYED), stamp(war), StandardCharsets.UTF_8);
        }
    }

    /** The WAR's size and modification time: a new build changes both. */
    static String stamp(Path war) throws IOException {
        return Files.size(war) + " " + Files.getLastModifiedTime(war).toMillis();
    }

    /** The Payara Micro version from the launcher JAR's manifest, or {@code "current"} when not run from the JAR. */
    static String version(Path launcherJar) {
        if (!Files.isRegularFile(launcherJar)) {
            return "current";
        }
        try (JarFile jar = new JarFile(launcherJar.toFile())) {
            Attributes attributes = jar.getManifest() == null ? null : jar.getManifest().getMainAttributes();
            String version = attributes == null ? null : attributes.getValue(VERSION_ATTRIBUTE);
            return version == null || version.isBlank() ? "current" : version.strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the launcher's manifest " + launcherJar, e);
        }
    }

    private static void delete(Path tree) throws IOException {
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
