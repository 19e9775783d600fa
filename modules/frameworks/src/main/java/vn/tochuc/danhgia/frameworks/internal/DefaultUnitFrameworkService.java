package vn.tochuc.danhgia.frameworks.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.frameworks.ApprovedFramework;
import vn.tochuc.danhgia.frameworks.CheckResult;
import vn.tochuc.danhgia.frameworks.FrameworkEdit;
import vn.tochuc.danhgia.frameworks.FrameworkRow;
import vn.tochuc.danhgia.frameworks.ReviewDecision;
import vn.tochuc.danhgia.frameworks.StartRequest;
import vn.tochuc.danhgia.frameworks.TargetRow;
import vn.tochuc.danhgia.frameworks.UnitFrameworkService;
import vn.tochuc.danhgia.frameworks.UnitFrameworkView;
import vn.tochuc.danhgia.frameworks.domain.FrameworkRepository;
import vn.tochuc.danhgia.frameworks.domain.UnitFramework;
import vn.tochuc.danhgia.kernel.AppException;

/**
 * The unit frameworks API: it sets the transactions and the reads' access, and hands each use case to the class that
 * does it: {@link FrameworkStart}, {@link FrameworkDrafts} (save, check), {@link FrameworkSubmission} and the
 * Board's {@link BoardReview}. Every write validates first, then writes, audits and announces in one transaction.
 */
@ApplicationScoped
public class DefaultUnitFrameworkService implements UnitFrameworkService {

    @Inject
    Access access;

    @Inject
    StoredFrameworks stored;

    @Inject
    FrameworkViews views;

    @Inject
    Overview overview;

    @Inject
    FrameworkRepository frameworks;

    @Inject
    FrameworkStart starts;

    @Inject
    FrameworkDrafts drafts;

    @Inject
    FrameworkSubmission submissions;

    @Inject
    BoardReview boardReview;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FrameworkRow> subjects(String unitCode, int year) {
        access.requireRead(unitCode);
        return overview.unitRows(unitCode, Years.check(year));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FrameworkRow> overview(int year) {
        access.requireBoard();
        return overview.allRows(Years.check(year));
    }

    @Override
    @Transactional
    public UnitFrameworkView start(StartRequest request) {
        return starts.start(request);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitFrameworkView get(long id) {
        UnitFramework f = stored.existing(id);
        access.requireRead(f.unitCode());
        return views.view(f);
    }

    @Override
    @Transactional
    public UnitFrameworkView save(long id, FrameworkEdit edit) {
        return drafts.save(id, edit);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CheckResult check(long id, Map<String, List<TargetRow>> targets) {
        return drafts.check(id, targets);
    }

    @Override
    @Transactional
    public UnitFrameworkView submit(long id, Long version) {
        return submissions.submit(id, version);
    }

    @Override
    @Transactional
    public UnitFrameworkView review(long id, ReviewDecision decision) {
        return boardReview.decide(id, decision);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ApprovedFramework approved(long id) {
        UnitFramework f = stored.existing(id);
        access.requireRead(f.unitCode());
        return frameworks.approval(id).map(a -> new ApprovedFramework(id, a.json(), a.sha256()))
                .orElseThrow(() -> AppException.conflict("frameworks.error.not-approved"));
    }
}
