package vn.tochuc.danhgia.criteria.domain;

import java.util.List;
import java.util.Optional;

/** Stores assignments of plugins to units and groups. */
public interface AssignmentRepository {

    List<Assignment> ofYear(int year);

    List<Assignment> ofPlugin(String pluginId);

    Optional<Assignment> find(long id);

    void add(Assignment assignment);

    void remove(Assignment assignment);

    void flush();
}
