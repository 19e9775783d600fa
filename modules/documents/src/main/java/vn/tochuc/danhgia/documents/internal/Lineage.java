package vn.tochuc.danhgia.documents.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.documents.VersionChange;
import vn.tochuc.danhgia.documents.internal.VersionDiffer.Links;

/**
 * The chain of revisions from an earlier version to a later one, with each revision's node origins, to follow a node
 * across versions: the later version's path → the earlier one's, and each change-log entry to the node it concerns.
 * Pure.
 *
 * @param versionIds the later versions of the chain, nearest to the earlier version first (the earlier one excluded)
 * @param origins for each of them, path → origin path (the path in the previous version of the chain)
 */
record Lineage(List<Long> versionIds, List<Map<String, String>> origins) {

    /** Later path → earlier path, for every later node whose lineage reaches the earlier version. */
    Map<String, String> toEarlier() {
        Map<String, String> out = new HashMap<>();
        Map<String, String> last = origins.get(origins.size() - 1);
        for (String path : last.keySet()) {
            String p = backFrom(origins.size() - 1, path);
            if (p != null) {
                out.put(path, p);
            }
        }
        return out;
    }

    /** The path in the earlier version of the node at {@code path} in the chain's version {@code index}. */
    private String backFrom(int index, String path) {
        String p = path;
        for (int i = index; i >= 0 && p != null; i--) {
            p = origins.get(i).get(p);
        }
        return p;
    }

    /** The path in the later version of the node at {@code path} in the chain's version {@code index}. */
    private String forwardFrom(int index, String path, List<Map<String, String>> inverses) {
        String p = path;
        for (int i = index + 1; i < origins.size() && p != null; i++) {
            p = inverses.get(i).get(p);
        }
        return p;
    }

    /** Attaches each change of the chain's versions to the node it concerns in the later or the earlier version. */
    Links links(List<VersionChange> changes) {
        List<Map<String, String>> inverses = new ArrayList<>();
        for (Map<String, String> o : origins) {
            Map<String, String> inverse = new HashMap<>();
            o.forEach((path, origin) -> {
                if (origin != null) {
                    inverse.put(origin, path);
                }
            });
            inverses.add(inverse);
        }
        Map<String, List<VersionChange>> byTo = new HashMap<>();
        Map<String, List<VersionChange>> deleted = new HashMap<>();
        for (VersionChange c : changes) {
            int index = versionIds.indexOf(c.versionId());
            if (index < 0) {
                continue;
            }
            if (c.path() != null) {
                String later = forwardFrom(index, c.path(), inverses);
                if (later != null) {
                    byTo.computeIfAbsent(later, k -> new ArrayList<>()).add(c);
                }
            } else if (c.originPath() != null) {
                String earlier = index == 0 ? c.originPath() : backFrom(index - 1, c.originPath());
                if (earlier != null) {
                    deleted.computeIfAbsent(earlier, k -> new ArrayList<>()).add(c);
                }
            }
        }
        return new Links(byTo, deleted);
    }
}
