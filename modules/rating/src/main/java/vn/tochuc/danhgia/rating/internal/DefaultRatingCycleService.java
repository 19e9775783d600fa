package vn.tochuc.danhgia.rating.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.rating.ExtensionRequest;
import vn.tochuc.danhgia.rating.ExtensionView;
import vn.tochuc.danhgia.rating.RatingCycleDraft;
import vn.tochuc.danhgia.rating.RatingCycleOpened;
import vn.tochuc.danhgia.rating.RatingCycleService;
import vn.tochuc.danhgia.rating.RatingCycleView;
import vn.tochuc.danhgia.rating.RatingSubjectView;
import vn.tochuc.danhgia.rating.RuleSet;
import vn.tochuc.danhgia.rating.RuleSets;
import vn.tochuc.danhgia.rating.SubjectState;
import vn.tochuc.danhgia.rating.domain.RatingCycle;
import vn.tochuc.danhgia.rating.domain.RatingRepository;
import vn.tochuc.danhgia.rating.domain.RatingSubject;

/**
 * Opens a year's cycle (Board) with the rule set the year uses, recorded with its version and never changed, and
 * builds its subjects from the approved frameworks; lists cycles and subjects (a unit: its own subjects only); and
 * records the Board's deadline extensions. Writes validate, write, audit and announce in one transaction.
 */
@ApplicationScoped
public class DefaultRatingCycleService implements RatingCycleService {

    @Inject
    Access access;

    @Inject
    RatingRepository ratings;

    @Inject
    RuleSets ruleSets;

    @Inject
    SubjectBuilder builder;

    @Inject
    AuditLog audit;

    @Inject
    Event<RatingCycleOpened> opened;

    @Inject
    Extensions extensions;

    Clock clock = Clock.systemUTC();

    @Override
    @Transactional
    public RatingCycleView open(RatingCycleDraft draft) {
        access.requireBoard();
        if (draft == null) {
            throw AppException.invalid(List.of(vn.tochuc.danhgia.kernel.FieldError.of("body", "error.field.required")));
        }
        Checks checks = Checks.start().required("year", draft.year());
        checks.when(draft.year() != null && (draft.year() < 2000 || draft.year() > 2100), "year", "rating.error.year");
        Instant[] deadlines = Deadlines.of(draft, checks);
        int year = draft.year();
        RuleSet rules = ruleSets.forYear(year).orElseThrow(() -> AppException.invalid(
                List.of(vn.tochuc.danhgia.kernel.FieldError.of("year", "rating.error.no-rule-set", Integer.toString(year)))));
        if (ratings.cycleOfYear(year).isPresent()) {
            throw AppException.conflict("rating.error.cycle-exists", Integer.toString(year));
        }
        RatingCycle cycle = new RatingCycle(year, rules.id(), rules.version(), deadlines, access.username(),
                clock.instant());
        ratings.add(cycle);
        ratings.flush();
        List<SubjectBuilder.Built> built = builder.build(cycle.id(), year);
        built.forEach(b -> ratings.add(b.subject()));
        ratings.flush();
        built.stream().filter(SubjectBuilder.Built::rated).forEach(b -> ratings.add(b.selfAssessment()));
        long blocked = built.stream().filter(b -> !b.rated()).count();
        audit.record(AuditEvent.created(RatingAudit.CYCLE, Long.toString(cycle.id()),
                RatingAudit.cycle(cycle, built.size(), blocked)).withSummary(AuditSummary.of("rating.audit.opened",
                        Integer.toString(year), rules.id(), Integer.toString(rules.version()),
                        Integer.toString(built.size()), Long.toString(blocked))));
        opened.fire(new RatingCycleOpened(cycle.id(), year, rules.id(), rules.version()));
        return CycleViews.cycle(cycle, new long[] {built.size(), blocked});
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RatingCycleView> list(Integer year) {
        return ratings.cycles(year).stream().map(c -> CycleViews.cycle(c, ratings.counts(c.id()))).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public RatingCycleView get(long id) {
        RatingCycle c = existing(id);
        return CycleViews.cycle(c, ratings.counts(c.id()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RatingSubjectView> subjects(long cycleId) {
        RatingCycle c = existing(cycleId);
        String unit = access.board() ? null : access.myUnit();
        if (unit != null && unit.isEmpty()) {
            throw AppException.forbidden("error.auth.forbidden");
        }
        Map<Long, SubjectState> states = ratings.states(cycleId);
        List<RatingSubject> subjects = new ArrayList<>(ratings.subjects(cycleId, unit));
        subjects.sort(CycleViews.ORDER);
        return subjects.stream().map(s -> CycleViews.subject(s, c.year(),
                s.isBlocked() ? SubjectState.BLOCKED : states.getOrDefault(s.id(), SubjectState.DRAFT))).toList();
    }

    @Override
    @Transactional
    public ExtensionView extend(long cycleId, String unitCode, ExtensionRequest request) {
        access.requireBoard();
        RatingCycle c = existing(cycleId);
        String unit = unitCode == null ? "" : unitCode.strip().toUpperCase(Locale.ROOT);
        return extensions.extend(c, unit, request);
    }

    private RatingCycle existing(long id) {
        return ratings.cycle(id).orElseThrow(() -> AppException.notFound("rating.error.cycle-not-found", Long.toString(id)));
    }
}
