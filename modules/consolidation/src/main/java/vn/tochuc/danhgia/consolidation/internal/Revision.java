package vn.tochuc.danhgia.consolidation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.tochuc.danhgia.consolidation.LinkedComment;
import vn.tochuc.danhgia.consolidation.RevisionChange;
import vn.tochuc.danhgia.consolidation.RevisionDiff;
import vn.tochuc.danhgia.consolidation.domain.ConsolidationRepository;
import vn.tochuc.danhgia.consolidation.domain.Disposition;
import vn.tochuc.danhgia.consultations.SubmittedComment;
import vn.tochuc.danhgia.documents.DocumentService;
import vn.tochuc.danhgia.documents.DocumentView;
import vn.tochuc.danhgia.documents.VersionChange;
import vn.tochuc.danhgia.documents.VersionDiff;
import vn.tochuc.danhgia.documents.VersionView;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.FieldError;

/** The revised draft as the consolidation sees it: changes with the comments they answer, and differences. */
@ApplicationScoped
public class Revision {

    @Inject
    ConsolidationRepository repository;

    @Inject
    ConsultationComments consultations;

    @Inject
    DocumentService documents;

    /** Refuses comment ids that are not submitted comments of the consultation (400 naming the first). */
    public void requireComments(long consultationId, Collection<Long> commentIds) {
        if (commentIds == null || commentIds.isEmpty()) {
            return;
        }
        Set<Long> known = consultations.submittedIds(consultationId);
        for (Long id : commentIds) {
            if (id == null || !known.contains(id)) {
                throw AppException.invalid(List.of(FieldError.of("commentIds", "consolidation.error.unknown-comment",
                        String.valueOf(id))));
            }
        }
    }

    public List<RevisionChange> changes(long consultationId, long versionId) {
        Map<Long, LinkedComment> comments = linked(List.of(consultationId));
        return documents.changes(versionId).stream().map(c -> change(c, comments)).toList();
    }

    public RevisionChange change(long consultationId, VersionChange change) {
        return change(change, linked(List.of(consultationId)));
    }

    private static RevisionChange change(VersionChange change, Map<Long, LinkedComment> comments) {
        return new RevisionChange(change, change.commentIds().stream().map(comments::get)
                .filter(java.util.Objects::nonNull).toList());
    }

    public RevisionDiff diff(long documentId, int fromNumber, int toNumber) {
        DocumentView document = documents.get(documentId);
        VersionDiff diff = documents.diff(number(document, fromNumber).id(), number(document, toNumber).id());
        Set<Long> wanted = new TreeSet<>();
        diff.articles().forEach(a -> a.nodes().forEach(n -> wanted.addAll(n.commentIds())));
        Map<Long, LinkedComment> comments = wanted.isEmpty() ? Map.of()
                : linked(repository.consultationsOf(documentId));
        return new RevisionDiff(diff, wanted.stream().map(comments::get).filter(java.util.Objects::nonNull).toList());
    }

    private static VersionView number(DocumentView document, int number) {
        return document.versions().stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> AppException.notFound("documents.error.version-number-not-found", number,
                        document.id()));
    }

    /** Every submitted comment of the consultations, with its decision, by comment id. */
    private Map<Long, LinkedComment> linked(List<Long> consultationIds) {
        Map<Long, LinkedComment> out = new HashMap<>();
        for (long id : consultationIds) {
            Map<Long, Disposition> decisions = Rows.byComment(repository.decisions(id));
            for (SubmittedComment c : consultations.submitted(id)) {
                out.put(c.commentId(), Rows.linked(c, decisions.get(c.commentId())));
            }
        }
        return out;
    }
}
