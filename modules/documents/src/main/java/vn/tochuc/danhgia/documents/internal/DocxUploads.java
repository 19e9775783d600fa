package vn.tochuc.danhgia.documents.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.internal.docx.DocxLimits;
import vn.tochuc.danhgia.documents.internal.docx.DocxOutlineParser;

/** The upload limit of a draft and the reading of an uploaded .docx into its outline. */
@ApplicationScoped
public class DocxUploads {

    @Inject
    @ConfigProperty(name = "documents.max-upload-mb", defaultValue = "20")
    int maxUploadMb;

    /** The upload limit in bytes, for the REST resource and the upload screen. */
    public long maxBytes() {
        return maxUploadMb * DocxLimits.MEGABYTE;
    }

    Outline parse(byte[] content) {
        return DocxOutlineParser.parse(content, DocxLimits.ofMaxBytes(maxBytes()));
    }

    /** A file name safe to store and to offer for download again. */
    static String safe(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "du-thao.docx" : fileName.replaceAll("[\\\\/]", "_");
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
