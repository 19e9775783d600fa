package vn.tochuc.danhgia.rating.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.tochuc.danhgia.rating.EvidenceView;
import vn.tochuc.danhgia.rating.domain.Evidence;
import vn.tochuc.danhgia.rating.domain.EvidenceRepository;

@ApplicationScoped
public class JpaEvidenceRepository implements EvidenceRepository {

    @PersistenceContext(unitName = "rating")
    EntityManager em;

    @Override
    public void add(Evidence evidence) {
        em.persist(evidence);
    }

    @Override
    public Optional<Evidence> find(long id) {
        return Optional.ofNullable(em.find(Evidence.class, id));
    }

    @Override
    public List<EvidenceView> views(long subjectId) {
        return em.createQuery("select new vn.tochuc.danhgia.rating.EvidenceView(e.id, e.subjectId, e.criterionCode,"
                + " e.targetIndex, e.fileName, e.mediaType, e.size, e.sha256, e.uploadedBy, e.uploadedAt)"
                + " from Evidence e where e.subjectId = :subject order by e.id", EvidenceView.class)
                .setParameter("subject", subjectId).getResultList();
    }

    @Override
    public void remove(Evidence evidence) {
        em.remove(evidence);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
