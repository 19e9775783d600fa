package vn.tochuc.danhgia.kernel.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.ErrorKind;
import vn.tochuc.danhgia.kernel.PdfConverter;

/**
 * Runs {@code soffice --headless --convert-to pdf} on a copy of the document in a folder of its own, deleted
 * afterwards whatever happens.
 *
 * <p>LibreOffice is heavy (about 150 MB and most of a core for a second or two), so at most {@code parallel}
 * conversions run at once; a request waits for a slot up to the time limit, then gets 503. Each slot has its own
 * LibreOffice profile, reused from one conversion to the next (the first one builds it, which is what makes the
 * first conversion slow), because two LibreOffice processes must never share a profile. The profiles are deleted
 * by {@link #close()}.
 */
public class LibreOfficeConverter implements PdfConverter, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LibreOfficeConverter.class.getName());
    private static final List<String> EXTENSIONS = List.of("docx", "xlsx", "odt", "ods");
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F'};

    private final String configuredPath;
    private final Duration timeout;
    private final Path profiles;
    private final BlockingQueue<Path> slots;

    /**
     * @param configuredPath the {@code app.office.path} setting (blank: look in the usual places)
     * @param timeout how long one conversion may take, and how long a request waits for a free slot
     * @param parallel how many conversions may run at once (at least 1)
     */
    public LibreOfficeConverter(String configuredPath, Duration timeout, int parallel) {
        this.configuredPath = configuredPath;
        this.timeout = timeout;
        int n = Math.max(1, parallel);
        this.slots = new ArrayBlockingQueue<>(n);
        try {
            this.profiles = Files.createTempDirectory("danhgia-office-");
        } catch (IOException e) {
            throw new IllegalStateException("No temporary folder for LibreOffice profiles", e);
        }
        for (int i = 0; i < n; i++) {
            slots.add(profiles.resolve("profile-" + i));
        }
    }

    @Override
    public boolean available() {
        return LibreOffice.find(configuredPath).isPresent();
    }

    @Override
    public byte[] toPdf(byte[] document, String extension) {
        if (!EXTENSIONS.contains(extension)) {
            throw new IllegalArgumentException("Not an office document extension: " + extension);
        }
        Path office = LibreOffice.find(configuredPath)
                .orElseThrow(() -> new AppException(ErrorKind.UNAVAILABLE, "error.pdf.office-missing"));
        Path profile = takeSlot();
        Path work = null;
        try {
            work = Files.createTempDirectory("danhgia-pdf-");
            Path in = work.resolve("document." + extension);
            Files.write(in, document);
            return run(office, profile, work, in);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "PDF conversion could not use its temporary folder", e);
            throw new AppException(ErrorKind.INTERNAL, "error.pdf.failed");
        } finally {
            LibreOffice.deleteTree(work);
            slots.add(profile);
        }
    }

    private Path takeSlot() {
        try {
            Path profile = slots.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (profile == null) {
                throw new AppException(ErrorKind.UNAVAILABLE, "error.pdf.busy");
            }
            return profile;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AppException(ErrorKind.UNAVAILABLE, "error.pdf.busy");
        }
    }

    private byte[] run(Path office, Path profile, Path work, Path in) throws IOException {
        Path log = work.resolve("soffice.log");
        Process process = new ProcessBuilder(office.toString(), "--headless", "--norestore", "--nologo",
                "--nolockcheck", "--nodefault", "-env:UserInstallation=" + profile.toUri(),
                "--convert-to", "pdf", "--outdir", work.toString(), in.toString())
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                LOG.warning(() -> "LibreOffice did not finish a PDF within " + seconds() + " s");
                throw new AppException(ErrorKind.UNAVAILABLE, "error.pdf.timeout", seconds());
            }
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AppException(ErrorKind.UNAVAILABLE, "error.pdf.timeout", seconds());
        }
        Path pdf = work.resolve("document.pdf");
        byte[] bytes = Files.exists(pdf) ? Files.readAllBytes(pdf) : new byte[0];
        if (process.exitValue() != 0 || bytes.length < PDF_MAGIC.length
                || !Arrays.equals(Arrays.copyOf(bytes, PDF_MAGIC.length), PDF_MAGIC)) {
            String output = Files.exists(log) ? Files.readString(log) : "";
            LOG.warning(() -> "LibreOffice made no PDF (exit " + process.exitValue() + "): " + output.strip());
            throw new AppException(ErrorKind.INTERNAL, "error.pdf.failed");
        }
        return bytes;
    }

    private long seconds() {
        return Math.max(1, (timeout.toMillis() + 999) / 1000);
    }

    /** Deletes the LibreOffice profiles. */
    @Override
    public void close() {
        LibreOffice.deleteTree(profiles);
    }
}
