package vn.tochuc.danhgia.documents.internal.docx;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * How much a .docx upload may weigh, packed and unpacked.
 *
 * <p>The unpacked limits exist because a .docx is a zip: a few kilobytes can inflate to gigabytes (a "zip bomb").
 * They are checked while inflating, entry by entry, before POI reads anything. The ratio and grace size default to
 * POI's own {@link ZipSecureFile} settings, so an administrator who tightens those tightens these too.
 *
 * @param maxBytes the largest upload accepted, as stored (default 20 MB)
 * @param maxUncompressedBytes the most all entries may inflate to together
 * @param maxEntryBytes the most one entry may inflate to (document.xml of a very long draft is a few MB)
 * @param minInflateRatio the smallest packed/unpacked ratio accepted for an entry above the grace size
 * @param graceEntryBytes below this unpacked size an entry's ratio is not checked (small parts compress well)
 * @param maxEntries the most entries the zip may have
 */
public record DocxLimits(
        long maxBytes, long maxUncompressedBytes, long maxEntryBytes, double minInflateRatio, long graceEntryBytes,
        int maxEntries) {

    public static final long MEGABYTE = 1024L * 1024L;
    public static final long DEFAULT_MAX_BYTES = 20 * MEGABYTE;

    public DocxLimits {
        if (maxBytes <= 0 || maxUncompressedBytes <= 0 || maxEntryBytes <= 0 || graceEntryBytes < 0
                || maxEntries <= 0 || minInflateRatio < 0 || minInflateRatio >= 1) {
            throw new IllegalArgumentException("Limits must be positive and the ratio between 0 and 1");
        }
    }

    public static DocxLimits defaults() {
        return new DocxLimits(DEFAULT_MAX_BYTES, 256 * MEGABYTE, Math.min(64 * MEGABYTE, ZipSecureFile.getMaxEntrySize()),
                ZipSecureFile.getMinInflateRatio(), ZipSecureFile.getGraceEntrySize(),
                (int) Math.min(ZipSecureFile.getMaxFileCount(), 10_000));
    }

    /** The defaults with another upload size limit, e.g. from the application's configuration. */
    public static DocxLimits ofMaxBytes(long maxBytes) {
        return defaults().withMaxBytes(maxBytes);
    }

    public DocxLimits withMaxBytes(long bytes) {
        return new DocxLimits(bytes, maxUncompressedBytes, maxEntryBytes, minInflateRatio, graceEntryBytes, maxEntries);
    }

    public DocxLimits withMaxUncompressedBytes(long bytes) {
        return new DocxLimits(maxBytes, bytes, maxEntryBytes, minInflateRatio, graceEntryBytes, maxEntries);
    }
}
