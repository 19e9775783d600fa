package vn.tochuc.danhgia.documents.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.tochuc.danhgia.documents.NodeRef;
import vn.tochuc.danhgia.documents.Outline;

/**
 * Parsed outlines by version id and row version. Every comment save checks its paths against the version's nodes;
 * reading and parsing the JSON each time would dominate a deadline burst. A corrected version has a new row version,
 * so a stale entry is never served.
 */
@ApplicationScoped
public class OutlineCache {

    private static final int MAX_ENTRIES = 200;

    /** An outline with its flattened nodes. */
    public record Entry(long rowVersion, Outline outline, List<NodeRef> nodes, Map<String, NodeRef> byPath) {}

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    public Entry get(long versionId, long rowVersion, Supplier<Outline> load) {
        Entry cached = entries.get(versionId);
        if (cached != null && cached.rowVersion() == rowVersion) {
            return cached;
        }
        Outline outline = load.get();
        List<NodeRef> nodes = OutlineNodes.of(outline);
        Map<String, NodeRef> byPath = new java.util.HashMap<>();
        nodes.forEach(n -> byPath.put(n.path(), n));
        Entry entry = new Entry(rowVersion, outline, nodes, Map.copyOf(byPath));
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(versionId, entry);
        return entry;
    }
}
