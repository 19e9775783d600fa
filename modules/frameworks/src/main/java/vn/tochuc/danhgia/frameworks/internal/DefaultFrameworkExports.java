package vn.tochuc.danhgia.frameworks.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.tochuc.danhgia.criteria.FrameworkSnapshot;
import vn.tochuc.danhgia.criteria.FrameworkSnapshots;
import vn.tochuc.danhgia.criteria.FrameworkTree;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.frameworks.FrameworkExports;
import vn.tochuc.danhgia.frameworks.FrameworkRow;
import vn.tochuc.danhgia.frameworks.TargetRow;
import vn.tochuc.danhgia.frameworks.domain.Approval;
import vn.tochuc.danhgia.frameworks.domain.ContentJson;
import vn.tochuc.danhgia.frameworks.domain.FrameworkRepository;
import vn.tochuc.danhgia.frameworks.domain.ReviewRound;
import vn.tochuc.danhgia.frameworks.domain.UnitFramework;
import vn.tochuc.danhgia.kernel.AppException;

/**
 * Exports read frozen content only: the approval for the .docx, and approvals or submitted rounds for the .xlsx. A
 * unit's unsubmitted draft is never exported.
 */
@ApplicationScoped
public class DefaultFrameworkExports implements FrameworkExports {

    @Inject
    FrameworkRepository frameworks;

    @Inject
    FrameworkSnapshots snapshots;

    @Inject
    Overview overview;

    @Inject
    Access access;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] docx(long id) {
        UnitFramework f = frameworks.find(id).orElseThrow(() -> AppException.notFound("frameworks.error.not-found",
                id));
        access.requireRead(f.unitCode());
        Approval approval = frameworks.approval(id)
                .orElseThrow(() -> AppException.conflict("frameworks.error.not-approved"));
        FrameworkTree tree = snapshot(approval.snapshotId()).framework();
        JsonObject approved = ContentJson.read(approval.json());
        JsonObject content = approved.getJsonObject("content");
        JsonObject person = content.isNull("person") ? null : content.getJsonObject("person");
        return DocxExport.write(new ApprovedDocument(approved.getString("unitName"), f.year(), f.subjectType(),
                person == null ? "" : person.getString("fullName"), person == null ? "" : person.getString("title"),
                f.subjectType() == SubjectType.DEPUTY ? content.getString("deputyField") : "", tree,
                ContentJson.readTargets(content.toString(), FrameworkViews.concretized(tree)),
                Instant.parse(approved.getString("approvedAt")),
                approval.pluginId() + "@" + approval.pluginVersion()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] xlsx(int year) {
        access.requireBoard();
        List<FrameworkRow> rows = overview.allRows(Years.check(year));
        List<Long> ids = rows.stream().map(FrameworkRow::id).filter(Objects::nonNull).toList();
        Map<Long, Approval> approvals = frameworks.approvals(ids);
        Map<Long, ReviewRound> rounds = frameworks.lastRounds(ids);
        Map<Long, UnitFramework> byId = new HashMap<>();
        frameworks.ofYear(year).forEach(f -> byId.put(f.id(), f));
        Map<Long, FrameworkTree> trees = new HashMap<>();
        List<ExportedFramework> exported = new ArrayList<>();
        for (FrameworkRow row : rows) {
            UnitFramework f = row.id() == null ? null : byId.get(row.id());
            if (f == null) {
                exported.add(new ExportedFramework(row, null, Map.of()));
                continue;
            }
            FrameworkTree tree = trees.computeIfAbsent(f.snapshotId(), s -> snapshot(s).framework());
            exported.add(new ExportedFramework(row, tree, content(f, tree, approvals, rounds)));
        }
        return XlsxExport.write(year, exported);
    }

    private static Map<String, List<TargetRow>> content(UnitFramework f, FrameworkTree tree,
            Map<Long, Approval> approvals, Map<Long, ReviewRound> rounds) {
        List<String> order = FrameworkViews.concretized(tree);
        Approval approval = approvals.get(f.id());
        if (approval != null) {
            return ContentJson.readTargets(ContentJson.read(approval.json()).getJsonObject("content").toString(),
                    order);
        }
        ReviewRound last = rounds.get(f.id());
        return last == null ? Map.of() : ContentJson.readTargets(last.contentJson(), order);
    }

    private FrameworkSnapshot snapshot(long id) {
        return snapshots.find(id).orElseThrow(() -> AppException.notFound("frameworks.error.snapshot-missing", id));
    }
}
