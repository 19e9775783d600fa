package vn.tochuc.danhgia.kernel.rest;

import jakarta.ws.rs.core.EntityPart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.ErrorKind;
import vn.tochuc.danhgia.kernel.FieldError;

/**
 * Reads one file from a {@code multipart/form-data} request, refusing it as soon as it passes the size limit so that
 * an oversized upload never sits whole in memory.
 */
public final class Uploads {

    /** A file as uploaded: its name as the client gave it, its declared type and its bytes. */
    public record UploadedFile(String fileName, String mediaType, byte[] content) {}

    private Uploads() {}

    public static UploadedFile file(List<EntityPart> parts, String field, long maxBytes) {
        EntityPart part = parts == null ? null
                : parts.stream().filter(p -> field.equals(p.getName())).findFirst().orElse(null);
        if (part == null) {
            throw AppException.invalid(List.of(FieldError.of(field, "error.upload.missing")));
        }
        try (InputStream in = part.getContent()) {
            byte[] content = read(in, maxBytes);
            return new UploadedFile(part.getFileName().orElse(""), String.valueOf(part.getMediaType()), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] read(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxBytes) {
                throw new AppException(ErrorKind.TOO_LARGE, "error.upload.too-large", megabytes(maxBytes));
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? Long.toString((long) mb) : String.format(java.util.Locale.ROOT, "%.1f", mb);
    }
}
