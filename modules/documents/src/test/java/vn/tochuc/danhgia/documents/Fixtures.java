package vn.tochuc.danhgia.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * The shared fixture files: from {@code fixtures.dir} (set by surefire to /work/shared/fixtures) when that
 * directory exists, else from the copies in src/test/resources/fixtures, which a CI clone of the repository has.
 */
public final class Fixtures {

    public static final String DRAFT = "du-thao-quy-dinh-danh-gia-xep-loai.docx";
    public static final String DRAFT_OUTLINE = "du-thao-quy-dinh-danh-gia-xep-loai.outline.json";

    private Fixtures() {}

    public static byte[] bytes(String name) {
        Path shared = shared(name);
        try {
            if (shared != null && Files.isRegularFile(shared)) {
                return Files.readAllBytes(shared);
            }
            return copied(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The copy kept in this module's test resources. */
    public static byte[] copied(String name) throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IOException("Missing test resource fixtures/" + name);
            }
            return in.readAllBytes();
        }
    }

    /** The file in the shared fixtures directory, or null when the property is not set. */
    public static Path shared(String name) {
        String dir = System.getProperty("fixtures.dir");
        return dir == null || dir.isBlank() ? null : Path.of(dir).resolve(name);
    }

    public static JsonObject json(String name) {
        String text = new String(bytes(name), StandardCharsets.UTF_8);
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
