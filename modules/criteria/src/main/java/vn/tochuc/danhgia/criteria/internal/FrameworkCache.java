package vn.tochuc.danhgia.criteria.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import vn.tochuc.danhgia.criteria.FrameworkTree;
import vn.tochuc.danhgia.criteria.domain.PluginRepository;
import vn.tochuc.danhgia.criteria.domain.VersionFramework;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/**
 * The frameworks of installed versions, parsed once from the JSON stored at install. A version's frameworks never
 * change, so entries stay until the version is deleted.
 */
@ApplicationScoped
public class FrameworkCache {

    @Inject
    PluginRepository repository;

    private final ConcurrentMap<Long, Map<SubjectType, FrameworkTree>> trees = new ConcurrentHashMap<>();

    public Map<SubjectType, FrameworkTree> of(long versionId) {
        Map<SubjectType, FrameworkTree> cached = trees.get(versionId);
        if (cached != null) {
            return cached;
        }
        Map<SubjectType, FrameworkTree> parsed = new EnumMap<>(SubjectType.class);
        for (VersionFramework f : repository.frameworks(versionId)) {
            parsed.put(f.subjectType(), FrameworkJson.read(f.json()));
        }
        Map<SubjectType, FrameworkTree> frozen = Map.copyOf(parsed);
        if (!frozen.isEmpty()) {
            trees.put(versionId, frozen);
        }
        return frozen;
    }

    public void evict(long versionId) {
        trees.remove(versionId);
    }
}
