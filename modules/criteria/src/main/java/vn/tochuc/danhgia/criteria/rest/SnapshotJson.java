package vn.tochuc.danhgia.criteria.rest;

import java.time.Instant;
import vn.tochuc.danhgia.criteria.FrameworkSnapshot;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/** A snapshot's identity; its exact bytes are at {@code GET /api/v1/framework-snapshots/{id}}. */
public record SnapshotJson(long id, String pluginId, String pluginVersion, SubjectType subjectType, String sha256,
        String takenBy, Instant takenAt) {

    static SnapshotJson of(FrameworkSnapshot s) {
        return new SnapshotJson(s.id(), s.pluginId(), s.pluginVersion(), s.subjectType(), s.sha256(), s.takenBy(),
                s.takenAt());
    }
}
