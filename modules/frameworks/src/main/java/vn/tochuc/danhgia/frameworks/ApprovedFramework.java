package vn.tochuc.danhgia.frameworks;

import java.nio.charset.StandardCharsets;

/**
 * The approved content of a unit framework as stored: canonical JSON (keys sorted, no insignificant white space,
 * UTF-8) with its SHA-256.
 */
public record ApprovedFramework(long frameworkId, String json, String sha256) {

    /** The exact stored bytes. */
    public byte[] bytes() {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
