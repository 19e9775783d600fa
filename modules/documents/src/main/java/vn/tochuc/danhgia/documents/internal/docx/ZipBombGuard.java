package vn.tochuc.danhgia.documents.internal.docx;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates every entry of the zip into nothing, counting, and stops at the first limit crossed.
 *
 * <p>This runs before POI opens the package, because POI keeps each inflated part in memory: the check has to
 * happen while nothing has been kept yet. Inflating into a small buffer costs time proportional to the limits, not to
 * what the attacker packed. The zip is read as a stream of local headers, as POI reads it, so both see the same
 * entries.
 */
final class ZipBombGuard {

    private ZipBombGuard() {}

    /** The entry names, once every entry has been inflated within the limits. */
    static Set<String> scan(byte[] zip, DocxLimits limits) throws IOException {
        CountingStream raw = new CountingStream(new ByteArrayInputStream(zip));
        Set<String> names = new HashSet<>();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        try (ZipInputStream entries = new ZipInputStream(raw)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (names.size() >= limits.maxEntries()) {
                    throw DocxErrors.zipBomb();
                }
                names.add(entry.getName());
                long packedStart = raw.count;
                long size = 0;
                for (int n = entries.read(buffer); n > 0; n = entries.read(buffer)) {
                    size += n;
                    total += n;
                    checkEntry(size, raw.count - packedStart, total, limits);
                }
            }
        }
        return names;
    }

    private static void checkEntry(long size, long packed, long total, DocxLimits limits) {
        if (size > limits.maxEntryBytes() || total > limits.maxUncompressedBytes()) {
            throw DocxErrors.zipBomb();
        }
        if (size > limits.graceEntryBytes() && packed < size * limits.minInflateRatio()) {
            throw DocxErrors.zipBomb();
        }
    }

    /** Counts the packed bytes the inflater has pulled, to compare them with what comes out. */
    private static final class CountingStream extends FilterInputStream {

        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }
}
