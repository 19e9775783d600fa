package vn.tochuc.danhgia.documents.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.documents.VersionChange;
import vn.tochuc.danhgia.documents.domain.DocumentChange;
import vn.tochuc.danhgia.documents.domain.DocumentRepository;
import vn.tochuc.danhgia.documents.internal.EditTracking.EditChange;
import vn.tochuc.danhgia.documents.internal.EditTracking.Edited;

/**
 * Writes a version's change log: one entry per node an edit changed, linked to the comments it answers; and keeps
 * the earlier entries pointing at their node when a later edit renumbers or removes it.
 */
@ApplicationScoped
public class ChangeLog {

    @Inject
    DocumentRepository repository;

    /**
     * Records one edit.
     *
     * @param origins each node's origin path before the edit (path in the version this one was revised from)
     */
    public void record(long versionId, Edited edited, Map<String, String> origins, Collection<Long> commentIds,
            String by) {
        List<DocumentChange> earlier = repository.changes(versionId);
        for (DocumentChange change : earlier) {
            if (change.path() != null) {
                change.moveTo(edited.renamed().get(change.path()));
            }
        }
        int seq = earlier.stream().mapToInt(DocumentChange::seq).max().orElse(0);
        Instant now = Instant.now();
        for (EditChange c : edited.changes()) {
            String origin = c.beforePath() == null ? null : origins.get(c.beforePath());
            repository.add(new DocumentChange(versionId, ++seq, c.kind(), c.afterPath(), origin, c.label(),
                    c.oldText(), c.newText(), commentIds, now, by));
        }
    }

    /** Where each node of the edited outline comes from: the origin of the node it was before the edit. */
    public static Map<String, String> originsAfter(Edited edited, Map<String, String> originsBefore) {
        Map<String, String> out = new java.util.HashMap<>();
        edited.renamed().forEach((before, after) -> out.put(after, originsBefore.get(before)));
        return out;
    }

    public static VersionChange view(DocumentChange c) {
        return new VersionChange(c.id(), c.versionId(), c.seq(), c.kind(), c.path(), c.originPath(), c.label(),
                c.oldText(), c.newText(), List.copyOf(c.commentIds()), c.createdAt(), c.createdBy());
    }
}
