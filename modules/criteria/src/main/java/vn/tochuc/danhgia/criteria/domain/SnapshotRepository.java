package vn.tochuc.danhgia.criteria.domain;

import java.util.Map;
import java.util.Optional;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/** Stores snapshots and the records that use them. */
public interface SnapshotRepository {

    Optional<Snapshot> find(long id);

    Optional<Snapshot> find(String pluginId, String version, SubjectType subjectType);

    /** The snapshot of a subject type that a record uses, if any. */
    Optional<Snapshot> usedBy(String usedBy, SubjectType subjectType);

    void add(Snapshot snapshot);

    boolean hasUse(long snapshotId, String usedBy);

    void add(SnapshotUse use);

    void removeUse(long snapshotId, String usedBy);

    /** How many snapshots exist of a plugin version's frameworks. */
    long snapshotsOf(String pluginId, String version);

    /** Uses per plugin version, keyed {@code pluginId@version}. */
    Map<String, Long> usesByVersion();

    void flush();
}
