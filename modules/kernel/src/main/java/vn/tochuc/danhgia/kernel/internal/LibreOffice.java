package vn.tochuc.danhgia.kernel.internal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Where the LibreOffice binary is: the configured path, else the first usual place that holds an executable. */
public final class LibreOffice {

    /** Debian and Ubuntu packages, the upstream packages, and macOS. */
    static final List<String> USUAL_PLACES = List.of("/usr/bin/soffice", "/usr/bin/libreoffice",
            "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice", "/usr/local/bin/soffice",
            "/Applications/LibreOffice.app/Contents/MacOS/soffice");

    private LibreOffice() {
    }

    /**
     * The binary to run.
     *
     * @param configured the {@code app.office.path} setting, blank when not set; when set, only it is tried
     */
    public static Optional<Path> find(String configured) {
        Stream<String> candidates = configured == null || configured.isBlank() ? USUAL_PLACES.stream()
                : Stream.of(configured.strip());
        return candidates.map(File::new).filter(File::canExecute).map(File::toPath).findFirst();
    }

    /** Deletes a folder and everything in it, quietly: it is a temporary folder of ours. */
    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            dir.toFile().deleteOnExit();
        }
    }
}
