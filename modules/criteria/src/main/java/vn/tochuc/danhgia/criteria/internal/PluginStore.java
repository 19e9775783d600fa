package vn.tochuc.danhgia.criteria.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The plugin files. Installed JARs are stored by content, {@code <plugins dir>/store/<sha256>.jar}, so that a name
 * can never point at other bytes than those checked. JARs dropped into {@code <plugins dir>} itself by hand are
 * installed at start (or on a scan) and then removed from there; refused ones are renamed {@code *.refused} with a
 * report beside them.
 */
@ApplicationScoped
public class PluginStore {

    @Inject
    PluginSettings settings;

    public Path dir() {
        return settings.pluginsDir();
    }

    public Path store() {
        return dir().resolve("store");
    }

    public Path fileFor(String sha256) {
        return store().resolve(sha256 + ".jar");
    }

    /** Writes the bytes under their SHA-256, atomically (a reader never sees half a file). */
    public Path write(String sha256, byte[] content) {
        try {
            Files.createDirectories(store());
            Path temp = store().resolve(".incoming-" + UUID.randomUUID() + ".tmp");
            Files.write(temp, content);
            return Files.move(temp, fileFor(sha256), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store plugin " + sha256, e);
        }
    }

    public void delete(String sha256) {
        try {
            Files.deleteIfExists(fileFor(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JARs dropped into the plugins directory, by name. */
    public List<Path> dropIns() {
        if (!Files.isDirectory(dir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir())) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".jar"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets a refused drop-in aside so that it is not tried again, with the report for whoever dropped it. */
    public void setAside(Path dropIn, String report) {
        try {
            Path refused = dropIn.resolveSibling(dropIn.getFileName() + ".refused");
            Files.move(dropIn, refused, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dropIn.resolveSibling(dropIn.getFileName() + ".refused.txt"), report,
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
