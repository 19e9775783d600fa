package vn.tochuc.danhgia.documents.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.documents.ArticleDiff;
import vn.tochuc.danhgia.documents.ChangeKind;
import vn.tochuc.danhgia.documents.NodeRef;
import vn.tochuc.danhgia.documents.VersionChange;
import vn.tochuc.danhgia.documents.VersionDiff;
import vn.tochuc.danhgia.documents.domain.DocumentRepository;
import vn.tochuc.danhgia.documents.domain.DocumentVersion;
import vn.tochuc.danhgia.documents.internal.VersionDiffer.Links;

/**
 * Builds the difference between two versions: finds the chain of revisions between them (for exact node lineage and
 * for the change-log entries of every revision in between), then lets {@link VersionDiffer} compare.
 */
@ApplicationScoped
public class VersionDiffs {

    @Inject
    DocumentRepository repository;

    public VersionDiff diff(DocumentVersion from, List<NodeRef> fromNodes, DocumentVersion to, List<NodeRef> toNodes) {
        Lineage lineage = lineage(from, to);
        List<ArticleDiff> articles;
        if (lineage != null) {
            List<VersionChange> changes = repository.changes(lineage.versionIds()).stream().map(ChangeLog::view)
                    .toList();
            articles = VersionDiffer.diff(fromNodes, toNodes, lineage.toEarlier(), lineage.links(changes));
        } else {
            articles = VersionDiffer.diff(fromNodes, toNodes, null, Links.none());
        }
        int[] counts = new int[ChangeKind.values().length];
        articles.forEach(a -> a.nodes().forEach(n -> counts[n.change().ordinal()]++));
        return new VersionDiff(from.documentId(), from.id(), from.number(), to.id(), to.number(), lineage != null,
                counts[ChangeKind.MODIFIED.ordinal()], counts[ChangeKind.ADDED.ordinal()],
                counts[ChangeKind.DELETED.ordinal()], counts[ChangeKind.RENUMBERED.ordinal()], articles);
    }

    /**
     * The revisions leading from {@code from} to {@code to}, or null when {@code to} does not descend from it through
     * revisions that recorded their lineage (e.g. a version uploaded as a new file).
     */
    private Lineage lineage(DocumentVersion from, DocumentVersion to) {
        List<DocumentVersion> chain = new ArrayList<>();
        DocumentVersion v = to;
        while (v != null && v.id() != from.id()) {
            chain.add(0, v);
            v = v.revisedFrom() == null || chain.size() > 100 ? null
                    : repository.version(v.revisedFrom()).orElse(null);
        }
        if (v == null || chain.isEmpty()) {
            return null;
        }
        List<Map<String, String>> origins = new ArrayList<>();
        for (DocumentVersion later : chain) {
            Map<String, String> o = NodeOrigins.read(later.nodeOrigins());
            if (o.isEmpty()) {
                return null;
            }
            origins.add(o);
        }
        return new Lineage(chain.stream().map(DocumentVersion::id).toList(), origins);
    }
}
