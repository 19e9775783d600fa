package vn.tochuc.danhgia.consultations.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.consultations.CommentsByNode;
import vn.tochuc.danhgia.consultations.GeneralComment;
import vn.tochuc.danhgia.consultations.NodeComments;
import vn.tochuc.danhgia.consultations.SubmittedComment;
import vn.tochuc.danhgia.consultations.domain.Consultation;
import vn.tochuc.danhgia.consultations.domain.ConsultationRepository;
import vn.tochuc.danhgia.consultations.domain.Submission;
import vn.tochuc.danhgia.consultations.domain.SubmissionComment;
import vn.tochuc.danhgia.documents.DocumentService;
import vn.tochuc.danhgia.documents.NodeKind;
import vn.tochuc.danhgia.documents.NodeRef;
import vn.tochuc.danhgia.units.UnitDirectory;

/** Reads the current submissions' comments, flat or grouped by node in document order. */
@ApplicationScoped
public class CommentsReader {

    @Inject
    ConsultationRepository repository;

    @Inject
    DocumentService documents;

    @Inject
    UnitDirectory units;

    public List<SubmittedComment> flat(Consultation c) {
        Map<Long, Submission> current = new HashMap<>();
        repository.currentSubmissions(c.id()).forEach(s -> current.put(s.id(), s));
        List<SubmissionComment> rows = repository.commentsOf(current.keySet());
        Map<String, String> names = units.names(current.values().stream().map(Submission::unitCode).toList());
        return rows.stream().map(row -> of(c, current.get(row.submissionId()), row, names)).toList();
    }

    public SubmittedComment of(Consultation c, Submission s, SubmissionComment row, Map<String, String> names) {
        return new SubmittedComment(row.id(), row.commentId(), c.id(), s.versionId(), row.unitCode(),
                names.getOrDefault(row.unitCode(), row.unitCode()), row.path(), row.nodeOrder(), row.nodeLabel(),
                row.quotedText(), row.text(), row.proposedText(), row.reason(), s.id(), s.receiptNumber(),
                s.submittedAt());
    }

    public CommentsByNode grouped(Consultation c) {
        List<SubmittedComment> all = flat(c);
        Map<String, List<SubmittedComment>> byPath = new LinkedHashMap<>();
        all.forEach(sc -> byPath.computeIfAbsent(sc.path(), p -> new ArrayList<>()).add(sc));
        List<NodeRef> nodes = documents.nodes(c.versionId());
        Map<String, Integer> perArticle = new HashMap<>();
        for (NodeRef node : nodes) {
            int count = byPath.getOrDefault(node.path(), List.of()).size();
            if (node.articlePath() != null) {
                perArticle.merge(node.articlePath(), count, Integer::sum);
            }
        }
        List<NodeComments> groups = new ArrayList<>();
        for (NodeRef node : nodes) {
            List<SubmittedComment> own = byPath.getOrDefault(node.path(), List.of());
            boolean article = node.kind() == NodeKind.ARTICLE;
            if (own.isEmpty() && !article) {
                continue;
            }
            groups.add(new NodeComments(node.path(), node.kind(), node.label(), node.reference(), node.text(),
                    node.order(), own.size(), article ? perArticle.getOrDefault(node.path(), 0) : own.size(), own));
        }
        return new CommentsByNode(c.id(), all.size(), groups, general(c));
    }

    private List<GeneralComment> general(Consultation c) {
        List<Submission> subs = new ArrayList<>(repository.currentSubmissions(c.id()));
        subs.sort(Comparator.comparing(Submission::unitCode));
        Map<String, String> names = units.names(subs.stream().map(Submission::unitCode).toList());
        return subs.stream().map(s -> new GeneralComment(s.unitCode(), names.getOrDefault(s.unitCode(), s.unitCode()),
                s.stance(), s.general(), s.receiptNumber(), s.submittedAt())).toList();
    }
}
