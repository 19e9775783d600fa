package vn.tochuc.danhgia.criteria;

import java.util.Optional;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/**
 * Frozen frameworks. A snapshot is the exact framework of one plugin version and subject type, as canonical JSON
 * with its SHA-256, stored the first time a record uses it and never changed afterwards: upgrading, rolling back,
 * disabling or failing the plugin leaves it as it is, and it is served from the database even when the plugin
 * version is no longer loaded. A plugin version whose snapshots are in use cannot be deleted.
 *
 * <p>{@code usedBy} names the record, e.g. {@code concretization:42}; at most 190 characters.
 */
public interface FrameworkSnapshots {

    /**
     * The snapshot a record uses for a unit, year and subject type: the one it already uses if any, else the
     * framework that applies now (see {@link FrameworkCatalog#frameworkFor}), frozen and recorded as used by it.
     *
     * @throws vn.tochuc.danhgia.kernel.AppException CONFLICT when the unit has no framework for the year
     */
    FrameworkSnapshot useFor(String unitCode, int year, SubjectType subjectType, String usedBy);

    /** The snapshot of one plugin version's framework, created if it does not exist yet (no use is recorded). */
    FrameworkSnapshot freeze(String pluginId, String version, SubjectType subjectType);

    Optional<FrameworkSnapshot> find(long snapshotId);

    /** Records that a record uses a snapshot; idempotent. */
    void recordUse(long snapshotId, String usedBy);

    /** Forgets that a record uses a snapshot (e.g. the record was deleted); the snapshot itself stays. */
    void releaseUse(long snapshotId, String usedBy);
}
