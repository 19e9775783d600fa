package vn.tochuc.danhgia.documents.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.tochuc.danhgia.documents.ArticleDiff;
import vn.tochuc.danhgia.documents.ChangeKind;
import vn.tochuc.danhgia.documents.NodeDiff;
import vn.tochuc.danhgia.documents.NodeKind;
import vn.tochuc.danhgia.documents.NodeRef;
import vn.tochuc.danhgia.documents.VersionChange;

/**
 * Compares the nodes of two versions. Pure, so that the matching rules are unit-tested.
 *
 * <p>With a lineage (later path → earlier path, known when the later version was revised from the earlier one) nodes
 * are paired exactly. Without one, nodes with the same kind and the same text apart from their number are paired in
 * order (longest common subsequence), then nodes left over with the same path and kind. What is left is added or
 * deleted.
 */
public final class VersionDiffer {

    /** Above this many cells the text pairing is skipped (paths only): it would cost more than it helps. */
    private static final long MAX_CELLS = 16_000_000L;

    private final List<NodeRef> from;
    private final List<NodeRef> to;
    private final Map<String, String> pairs = new HashMap<>();
    private final Map<String, String> pairedFrom = new HashMap<>();

    private VersionDiffer(List<NodeRef> from, List<NodeRef> to) {
        this.from = from;
        this.to = to;
    }

    /** The change-log entries that belong to each node: by later path, and by earlier path for deleted nodes. */
    public record Links(Map<String, List<VersionChange>> byToPath, Map<String, List<VersionChange>> deletedByFromPath) {

        public static Links none() {
            return new Links(Map.of(), Map.of());
        }
    }

    /** The differences, grouped per article, in the later version's order. */
    public static List<ArticleDiff> diff(List<NodeRef> from, List<NodeRef> to, Map<String, String> lineage,
            Links links) {
        VersionDiffer differ = new VersionDiffer(from, to);
        if (lineage != null) {
            differ.pairByLineage(lineage);
        } else {
            differ.pairByText();
            differ.pairByPath();
        }
        return differ.group(differ.entries(links));
    }

    private void pair(String toPath, String fromPath) {
        pairs.put(toPath, fromPath);
        pairedFrom.put(fromPath, toPath);
    }

    private void pairByLineage(Map<String, String> lineage) {
        Map<String, NodeRef> fromByPath = byPath(from);
        for (NodeRef node : to) {
            NodeRef origin = fromByPath.get(lineage.get(node.path()));
            if (origin != null && origin.kind() == node.kind() && !pairedFrom.containsKey(origin.path())) {
                pair(node.path(), origin.path());
            }
        }
    }

    private void pairByText() {
        int n = from.size();
        int m = to.size();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            return;
        }
        String[] a = from.stream().map(VersionDiffer::key).toArray(String[]::new);
        String[] b = to.stream().map(VersionDiffer::key).toArray(String[]::new);
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a[i].equals(b[j])) {
                pair(to.get(j).path(), from.get(i).path());
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
    }

    private void pairByPath() {
        Map<String, NodeRef> fromByPath = byPath(from);
        for (NodeRef node : to) {
            NodeRef same = fromByPath.get(node.path());
            if (!pairs.containsKey(node.path()) && same != null && same.kind() == node.kind()
                    && !pairedFrom.containsKey(same.path())) {
                pair(node.path(), same.path());
            }
        }
    }

    /** One node of the merged sequence, with where it sorts: after the later node it is anchored to. */
    private record Entry(NodeDiff diff, NodeRef fromNode, NodeRef toNode, int anchor, int sub) {}

    private List<Entry> entries(Links links) {
        Map<String, NodeRef> fromByPath = byPath(from);
        Map<String, Integer> toOrder = new HashMap<>();
        to.forEach(n -> toOrder.put(n.path(), n.order()));
        List<Entry> out = new ArrayList<>();
        for (NodeRef node : to) {
            NodeRef old = fromByPath.get(pairs.get(node.path()));
            List<VersionChange> changes = links.byToPath().getOrDefault(node.path(), List.of());
            out.add(new Entry(node(old, node, changes), old, node, node.order(), 0));
        }
        int anchor = -1;
        for (NodeRef old : from) {
            String partner = pairedFrom.get(old.path());
            if (partner != null) {
                anchor = toOrder.get(partner);
                continue;
            }
            List<VersionChange> changes = links.deletedByFromPath().getOrDefault(old.path(), List.of());
            out.add(new Entry(node(old, null, changes), old, null, anchor, 1 + old.order()));
        }
        out.sort(Comparator.comparingInt(Entry::anchor).thenComparingInt(Entry::sub));
        return out;
    }

    private static NodeDiff node(NodeRef old, NodeRef now, List<VersionChange> changes) {
        ChangeKind kind;
        if (old == null) {
            kind = ChangeKind.ADDED;
        } else if (now == null) {
            kind = ChangeKind.DELETED;
        } else if (!Numbering.withoutNumber(old.kind(), old.text()).equals(Numbering.withoutNumber(now.kind(),
                now.text())) || !old.title().strip().equals(now.title().strip())) {
            kind = ChangeKind.MODIFIED;
        } else {
            kind = lastSegment(old.path()).equals(lastSegment(now.path())) ? ChangeKind.UNCHANGED
                    : ChangeKind.RENUMBERED;
        }
        TreeSet<Long> comments = new TreeSet<>();
        changes.forEach(c -> comments.addAll(c.commentIds()));
        NodeRef any = now != null ? now : old;
        return new NodeDiff(any.kind(), kind, old == null ? null : old.path(), now == null ? null : now.path(),
                old == null ? null : old.label(), now == null ? null : now.label(), old == null ? null : old.text(),
                now == null ? null : now.text(), changes.stream().map(VersionChange::id).distinct().toList(),
                List.copyOf(comments));
    }

    private List<ArticleDiff> group(List<Entry> entries) {
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        for (Entry e : entries) {
            groups.computeIfAbsent(groupKey(e), k -> new ArrayList<>()).add(e);
        }
        List<ArticleDiff> out = new ArrayList<>();
        for (List<Entry> members : groups.values()) {
            Entry head = members.get(0);
            NodeRef node = head.toNode() != null ? head.toNode() : head.fromNode();
            ChangeKind change = change(members);
            out.add(new ArticleDiff(head.diff().path(), node.label(), node.title(), change,
                    change == ChangeKind.UNCHANGED ? List.of() : members.stream().map(Entry::diff).toList()));
        }
        return out;
    }

    private String groupKey(Entry e) {
        if (e.toNode() != null) {
            NodeRef n = e.toNode();
            return n.articlePath() != null ? "A:" + n.articlePath() : "N:" + n.path();
        }
        NodeRef n = e.fromNode();
        if (n.articlePath() == null) {
            return "X:" + n.path();
        }
        String partner = pairedFrom.get(n.articlePath());
        return partner != null ? "A:" + partner : "X:" + n.articlePath();
    }

    private static ChangeKind change(List<Entry> members) {
        ChangeKind head = members.get(0).diff().change();
        boolean articleHead = members.get(0).diff().kind() == NodeKind.ARTICLE
                || members.get(0).diff().kind() == NodeKind.CHAPTER || members.get(0).diff().kind() == NodeKind.SECTION
                || members.get(0).diff().kind() == NodeKind.ANNEX;
        if (articleHead && (head == ChangeKind.ADDED || head == ChangeKind.DELETED)) {
            return head;
        }
        boolean renumbered = false;
        for (Entry e : members) {
            ChangeKind c = e.diff().change();
            if (c == ChangeKind.MODIFIED || c == ChangeKind.ADDED || c == ChangeKind.DELETED) {
                return ChangeKind.MODIFIED;
            }
            renumbered |= c == ChangeKind.RENUMBERED;
        }
        return renumbered ? ChangeKind.RENUMBERED : ChangeKind.UNCHANGED;
    }

    private static String key(NodeRef n) {
        return n.kind() + "|" + Numbering.withoutNumber(n.kind(), n.text()) + "|" + n.title().strip();
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static Map<String, NodeRef> byPath(List<NodeRef> nodes) {
        Map<String, NodeRef> out = new HashMap<>();
        nodes.forEach(n -> out.put(n.path(), n));
        return out;
    }
}
