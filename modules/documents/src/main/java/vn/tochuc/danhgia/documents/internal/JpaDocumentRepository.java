package vn.tochuc.danhgia.documents.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.tochuc.danhgia.documents.domain.DocumentChange;
import vn.tochuc.danhgia.documents.domain.Document;
import vn.tochuc.danhgia.documents.domain.DocumentFile;
import vn.tochuc.danhgia.documents.domain.DocumentRepository;
import vn.tochuc.danhgia.documents.domain.DocumentVersion;

@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    @Override
    public void add(Document document) {
        em.persist(document);
    }

    @Override
    public void add(DocumentVersion version) {
        em.persist(version);
    }

    @Override
    public void add(DocumentFile file) {
        em.persist(file);
    }

    @Override
    public Optional<Document> find(long id) {
        return Optional.ofNullable(em.find(Document.class, id));
    }

    @Override
    public List<Document> all() {
        return em.createQuery("select d from Document d order by d.id desc", Document.class).getResultList();
    }

    @Override
    public Optional<DocumentVersion> version(long versionId) {
        return Optional.ofNullable(em.find(DocumentVersion.class, versionId));
    }

    @Override
    public Optional<DocumentVersion> versionForUpdate(long versionId) {
        return Optional.ofNullable(em.find(DocumentVersion.class, versionId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<DocumentVersion> versions(long documentId) {
        return em.createQuery("select v from DocumentVersion v where v.documentId = :d order by v.number",
                DocumentVersion.class).setParameter("d", documentId).getResultList();
    }

    @Override
    public Optional<DocumentFile> file(long versionId) {
        return Optional.ofNullable(em.find(DocumentFile.class, versionId));
    }

    @Override
    public void add(DocumentChange change) {
        em.persist(change);
    }

    @Override
    public List<DocumentChange> changes(long versionId) {
        return em.createQuery("select c from DocumentChange c where c.versionId = :v order by c.seq",
                DocumentChange.class).setParameter("v", versionId).getResultList();
    }

    @Override
    public List<DocumentChange> changes(Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from DocumentChange c where c.versionId in :v order by c.versionId, c.seq",
                DocumentChange.class).setParameter("v", versionIds).getResultList();
    }

    @Override
    public Optional<DocumentChange> change(long changeId) {
        return Optional.ofNullable(em.find(DocumentChange.class, changeId));
    }

    @Override
    public void flush() {
        em.flush();
    }
}
