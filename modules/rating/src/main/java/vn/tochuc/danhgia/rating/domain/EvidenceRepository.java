package vn.tochuc.danhgia.rating.domain;

import java.util.List;
import java.util.Optional;
import vn.tochuc.danhgia.rating.EvidenceView;

/** Evidence files; listing never loads their bytes. */
public interface EvidenceRepository {

    void add(Evidence evidence);

    Optional<Evidence> find(long id);

    /** A subject's files, oldest first, without their bytes. */
    List<EvidenceView> views(long subjectId);

    void remove(Evidence evidence);

    void flush();
}
