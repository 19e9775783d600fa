package vn.tochuc.danhgia.frameworks.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tochuc.danhgia.criteria.ConcretizationReviews;
import vn.tochuc.danhgia.criteria.CriterionNode;
import vn.tochuc.danhgia.criteria.FrameworkSnapshot;
import vn.tochuc.danhgia.criteria.FrameworkSnapshots;
import vn.tochuc.danhgia.criteria.FrameworkTree;
import vn.tochuc.danhgia.criteria.ReviewResult;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.frameworks.ApprovalView;
import vn.tochuc.danhgia.frameworks.CheckResult;
import vn.tochuc.danhgia.frameworks.PersonRole;
import vn.tochuc.danhgia.frameworks.PersonView;
import vn.tochuc.danhgia.frameworks.RemarkView;
import vn.tochuc.danhgia.frameworks.RoundView;
import vn.tochuc.danhgia.frameworks.TargetRow;
import vn.tochuc.danhgia.frameworks.Totals;
import vn.tochuc.danhgia.frameworks.UnitFrameworkView;
import vn.tochuc.danhgia.frameworks.domain.Approval;
import vn.tochuc.danhgia.frameworks.domain.ContentJson;
import vn.tochuc.danhgia.frameworks.domain.FrameworkRepository;
import vn.tochuc.danhgia.frameworks.domain.Person;
import vn.tochuc.danhgia.frameworks.domain.PersonRepository;
import vn.tochuc.danhgia.frameworks.domain.ReviewRound;
import vn.tochuc.danhgia.frameworks.domain.UnitFramework;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.units.UnitDirectory;
import vn.tochuc.danhgia.units.UnitView;

/**
 * Builds what callers see of a unit framework: its own unit sees its working copy; the Board sees the content of the
 * last submission, never an unsubmitted draft. Both come with the check of the targets shown and their totals.
 */
@ApplicationScoped
public class FrameworkViews {

    @Inject
    FrameworkRepository frameworks;

    @Inject
    PersonRepository people;

    @Inject
    FrameworkSnapshots snapshots;

    @Inject
    ConcretizationReviews reviews;

    @Inject
    UnitDirectory units;

    @Inject
    Access access;

    public UnitFrameworkView view(UnitFramework f) {
        FrameworkSnapshot snapshot = snapshot(f);
        boolean working = access.own(f.unitCode());
        List<ReviewRound> rounds = frameworks.rounds(f.id());
        List<String> order = concretized(snapshot.framework());
        Map<String, List<TargetRow>> targets;
        if (working) {
            targets = ContentJson.readTargets(f.draftJson(), order);
        } else {
            targets = rounds.isEmpty() ? Map.of()
                    : ContentJson.readTargets(rounds.get(rounds.size() - 1).contentJson(), order);
        }
        PersonView person = person(f);
        CheckResult check = working || !rounds.isEmpty()
                ? check(f, snapshot.framework(), deputyField(f, person), targets)
                : new CheckResult(false, true, List.of(), Totals.of(snapshot.framework(), targets));
        ApprovalView approval = frameworks.approval(f.id()).map(FrameworkViews::approval).orElse(null);
        String unitName = units.find(f.unitCode()).map(UnitView::name).orElse(f.unitCode());
        return new UnitFrameworkView(f.id(), f.unitCode(), unitName, f.year(), f.subjectType(), person, f.state(),
                f.version(), f.rounds(), f.pluginId(), f.pluginVersion(), f.snapshotId(), snapshot.sha256(),
                snapshot.framework(), working, targets, check, rounds.stream().map(FrameworkViews::round).toList(),
                approval, f.updatedBy(), f.updatedAt());
    }

    /** The generic check and the plugin's, against the framework frozen for it, with the totals. */
    public CheckResult check(UnitFramework f, FrameworkTree tree, String deputyField,
            Map<String, List<TargetRow>> targets) {
        ReviewResult result = reviews.review(f.snapshotId(), TargetRules.concretization(f.unitCode(), f.year(),
                f.subjectType(), deputyField, targets));
        return new CheckResult(result.ok(), result.agencyCheckRan(), result.findings(), Totals.of(tree, targets));
    }

    public FrameworkSnapshot snapshot(UnitFramework f) {
        return snapshots.find(f.snapshotId()).orElseThrow(() -> new AppException(
                vn.tochuc.danhgia.kernel.ErrorKind.INTERNAL, "frameworks.error.snapshot-missing", f.snapshotId()));
    }

    /** The codes of the criteria the unit concretizes, in the framework's order. */
    public static List<String> concretized(FrameworkTree tree) {
        return tree.nodes().filter(n -> n.concretization() != null).map(CriterionNode::code).toList();
    }

    /** The deputy for a DEPUTY framework; the unit's chief, when listed, for a CHIEF framework. */
    public PersonView person(UnitFramework f) {
        if (f.subjectType() == SubjectType.DEPUTY && f.personId() != null) {
            return people.find(f.personId()).map(FrameworkViews::person).orElse(null);
        }
        if (f.subjectType() == SubjectType.CHIEF) {
            return chief(f.unitCode(), f.year()).map(FrameworkViews::person).orElse(null);
        }
        return null;
    }

    public Optional<Person> chief(String unitCode, int year) {
        return people.of(unitCode, year).stream().filter(p -> p.role() == PersonRole.CHIEF).findFirst();
    }

    public static String deputyField(UnitFramework f, PersonView person) {
        return f.subjectType() == SubjectType.DEPUTY && person != null ? person.field() : "";
    }

    public static PersonView person(Person p) {
        return new PersonView(p.id(), p.unitCode(), p.year(), p.role(), p.fullName(), p.title(), p.field(),
                p.version());
    }

    static RoundView round(ReviewRound r) {
        return new RoundView(r.number(), r.submittedBy(), r.submittedAt(), r.contentSha256(), r.agencyCheckRan(),
                r.decision(), r.decidedBy(), r.decidedAt(), r.comment(), r.remarks().stream()
                        .map(m -> new RemarkView(m.criterionCode(), m.targetIndex(), m.targetTitle(), m.text()))
                        .toList());
    }

    static ApprovalView approval(Approval a) {
        return new ApprovalView(a.round(), a.snapshotId(), a.pluginId(), a.pluginVersion(), a.frameworkSha256(),
                a.sha256(), a.approvedBy(), a.approvedAt());
    }
}
