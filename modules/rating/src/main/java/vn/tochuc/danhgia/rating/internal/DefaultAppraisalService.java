package vn.tochuc.danhgia.rating.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.kernel.Messages;
import vn.tochuc.danhgia.rating.AppraisalEdit;
import vn.tochuc.danhgia.rating.AppraisalService;
import vn.tochuc.danhgia.rating.AppraisalView;
import vn.tochuc.danhgia.rating.Level;
import vn.tochuc.danhgia.rating.QuotaRow;
import vn.tochuc.danhgia.rating.RuleSet;
import vn.tochuc.danhgia.rating.RuleSets;
import vn.tochuc.danhgia.rating.SubjectKind;
import vn.tochuc.danhgia.rating.domain.Appraisal;
import vn.tochuc.danhgia.rating.domain.Proposal;
import vn.tochuc.danhgia.rating.domain.RatingCycle;
import vn.tochuc.danhgia.rating.domain.RatingRepository;
import vn.tochuc.danhgia.rating.domain.RatingSubject;

/**
 * The Board's appraisal: only of a submitted self-assessment, every changed criterion with its reason, a proposed
 * level within the group's quota and, where the rule set caps the chief by the collective, not above the collective's
 * proposal (the collective is proposed first). Proposals of a cycle are made one at a time (the cycle row is locked).
 */
@ApplicationScoped
public class DefaultAppraisalService implements AppraisalService {

    @Inject
    Access access;

    @Inject
    Stored stored;

    @Inject
    RatingRepository ratings;

    @Inject
    RuleSets ruleSets;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    @Override
    @Transactional
    public AppraisalView appraise(long subjectId, AppraisalEdit edit) {
        access.requireBoard();
        if (edit == null) {
            throw AppException.invalid(List.of(FieldError.of("body", "error.field.required")));
        }
        RatingSubject s = stored.subject(subjectId);
        Stored.Rated r = stored.rated(s, false);
        if (!r.assessment().submitted()) {
            throw AppException.conflict("rating.error.not-submitted");
        }
        ratings.lock(r.cycle());
        Appraisal appraisal = ratings.appraisal(subjectId).orElse(null);
        long current = appraisal == null ? 0 : appraisal.version();
        if (edit.version() == null) {
            throw AppException.invalid(List.of(FieldError.of("version", "error.field.required")));
        }
        if (edit.version() != current) {
            throw AppException.conflict("error.conflict.version", current, edit.version());
        }
        Frame frame = Frame.read(s.frameJson());
        Scores self = Scores.read(r.assessment().scoresJson());
        Changes changes = Changes.check(frame, r.rules(), self, edit.changes());
        String note = edit.note() == null ? "" : edit.note().strip();
        Checks.start().required("proposedLevel", edit.proposedLevel()).maxLength("note", note, 4000).throwIfAny();
        List<Proposal> proposals = ratings.proposals(r.cycle().id());
        requireWithinQuota(proposals, subjectId, edit.proposedLevel(), r.rules());
        requireNotAboveCollective(proposals, s, edit.proposedLevel(), r.rules());
        if (appraisal == null) {
            appraisal = new Appraisal(subjectId);
            ratings.add(appraisal);
        }
        appraisal.set(changes.json(), edit.proposedLevel(), note, access.username(), clock.instant());
        audit.record(AuditEvent.action("APPRAISE", RatingAudit.APPRAISAL, Long.toString(subjectId),
                AuditSummary.of("rating.audit.appraised", s.unitCode(), s.kind().name(), edit.proposedLevel().name(),
                        Integer.toString(changes.entries().size()))));
        ratings.flush();
        return AppraisalViews.view(s, r.rules(), frame, self, appraisal);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public AppraisalView get(long subjectId) {
        access.requireBoard();
        RatingSubject s = stored.subject(subjectId);
        Stored.Rated r = stored.rated(s, false);
        Appraisal appraisal = ratings.appraisal(subjectId)
                .orElseThrow(() -> AppException.notFound("rating.error.appraisal-not-found", Long.toString(subjectId)));
        return AppraisalViews.view(s, r.rules(), Frame.read(s.frameJson()), Scores.read(r.assessment().scoresJson()),
                appraisal);
    }

    @Override
    @Transactional
    public AppraisalView confirm(long subjectId, long version) {
        access.requireBoard();
        RatingSubject s = stored.subject(subjectId);
        Stored.Rated r = stored.rated(s, false);
        Appraisal appraisal = ratings.appraisal(subjectId)
                .orElseThrow(() -> AppException.notFound("rating.error.appraisal-not-found", Long.toString(subjectId)));
        if (appraisal.version() != version) {
            throw AppException.conflict("error.conflict.version", Long.toString(appraisal.version()),
                    Long.toString(version));
        }
        if (appraisal.appraisedBy().equals(access.username())) {
            throw AppException.conflict("rating.error.confirm-own");
        }
        if (appraisal.confirmedBy() != null) {
            throw AppException.conflict("rating.error.confirmed", appraisal.confirmedBy());
        }
        appraisal.confirm(access.username(), clock.instant());
        audit.record(AuditEvent.action("CONFIRM", RatingAudit.APPRAISAL, Long.toString(subjectId),
                AuditSummary.of("rating.audit.confirmed", s.unitCode(), s.kind().name(),
                        appraisal.proposedLevel().name(), appraisal.appraisedBy())));
        ratings.flush();
        return AppraisalViews.view(s, r.rules(), Frame.read(s.frameJson()), Scores.read(r.assessment().scoresJson()),
                appraisal);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuotaRow> quota(long cycleId) {
        access.requireBoard();
        RatingCycle c = ratings.cycle(cycleId)
                .orElseThrow(() -> AppException.notFound("rating.error.cycle-not-found", Long.toString(cycleId)));
        RuleSet rules = ruleSets.byId(c.ruleSetId(), c.ruleSetVersion()).orElseThrow(
                () -> AppException.conflict("rating.error.rule-set-missing", c.ruleSetId(), Integer.toString(c.ruleSetVersion())));
        return Quotas.of(ratings.proposals(cycleId), rules.quotaPercent());
    }

    private static void requireWithinQuota(List<Proposal> proposals, long subjectId, Level level, RuleSet rules) {
        Proposal subject = proposals.stream().filter(p -> p.subjectId() == subjectId).findFirst().orElseThrow();
        QuotaRow before = Quotas.with(proposals, subject, subject.level(), rules.quotaPercent());
        QuotaRow after = Quotas.with(proposals, subject, level, rules.quotaPercent());
        boolean worse = after.excellent() > before.excellent() || after.base() < before.base();
        if (after.over() && worse) {
            throw AppException.conflict("rating.error.quota", after.groupName(), Messages.key(after.individuals()
                    ? "rating.quota.individuals" : "rating.quota.collectives"), Integer.toString(after.excellent()),
                    Integer.toString(after.max()), Integer.toString(after.percent()), Integer.toString(after.base()));
        }
    }

    private static void requireNotAboveCollective(List<Proposal> proposals, RatingSubject s, Level level,
            RuleSet rules) {
        if (s.kind() != SubjectKind.CHIEF || !rules.chiefCappedByCollective()) {
            return;
        }
        Level collective = proposals.stream().filter(p -> p.unitCode().equals(s.unitCode())
                && p.kind() == SubjectKind.COLLECTIVE).map(Proposal::level).findFirst().orElse(null);
        if (collective == null) {
            throw AppException.conflict("rating.error.collective-first");
        }
        if (level.isAbove(collective)) {
            throw AppException.conflict("rating.error.chief-above-collective", level.name(), collective.name());
        }
    }
}
