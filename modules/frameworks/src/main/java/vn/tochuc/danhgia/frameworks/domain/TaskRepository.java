package vn.tochuc.danhgia.frameworks.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores which consultations carry the concretization task. */
public interface TaskRepository {

    Optional<FrameworkTask> find(long consultationId);

    List<FrameworkTask> findAll(Collection<Long> consultationIds);

    void add(FrameworkTask task);

    void remove(FrameworkTask task);

    void flush();
}
