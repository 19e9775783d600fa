package vn.tochuc.danhgia.criteria;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/**
 * A frozen framework.
 *
 * @param id            its id
 * @param pluginId      the plugin it came from
 * @param pluginVersion that plugin's version
 * @param subjectType   whose framework it is
 * @param json          the framework as canonical JSON (keys sorted, no insignificant white space, UTF-8)
 * @param sha256        the SHA-256 of the JSON's UTF-8 bytes, hexadecimal
 * @param framework     the same framework as a tree
 * @param takenBy       who first used it
 * @param takenAt       when
 */
public record FrameworkSnapshot(long id, String pluginId, String pluginVersion, SubjectType subjectType, String json,
        String sha256, FrameworkTree framework, String takenBy, Instant takenAt) {

    /** The exact stored bytes. */
    public byte[] bytes() {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
