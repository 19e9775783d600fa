package vn.tochuc.danhgia.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * After a fault: checks in the database that every receipt a client was given names a complete submission (all its
 * comments), and that no unit has more than one live submission (a retry created no duplicate).
 */
final class SubmissionAudit {

    private SubmissionAudit() {}

    static List<String> problems(BenchDatabase db, long consultationId, List<BurstRun.Outcome> outcomes,
            int comments) throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, int[]> byReceipt = new HashMap<>();
        Map<String, Integer> liveByUnit = new HashMap<>();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                PreparedStatement s = c.prepareStatement("select s.unit_code, s.receipt_number, s.comment_count,"
                        + " s.withdrawn_at is null, (select count(*) from submission_comment k"
                        + " where k.submission_id = s.id) from answer_submission s where s.consultation_id = ?")) {
            s.setLong(1, consultationId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byReceipt.put(r.getString(2), new int[] {r.getInt(3), r.getInt(5)});
                    if (r.getBoolean(4)) {
                        liveByUnit.merge(r.getString(1), 1, Integer::sum);
                    }
                }
            }
        }
        for (BurstRun.Outcome o : outcomes) {
            if (o.receipt() == null) {
                problems.add(o.unit() + ": never got a receipt (" + o.error() + ")");
                continue;
            }
            int[] stored = byReceipt.get(o.receipt());
            if (stored == null) {
                problems.add(o.unit() + ": receipt " + o.receipt() + " was acknowledged but is not stored");
            } else if (stored[0] != comments || stored[1] != comments) {
                problems.add(o.unit() + ": receipt " + o.receipt() + " holds " + stored[1] + " comments, expected "
                        + comments);
            }
        }
        liveByUnit.forEach((unit, live) -> {
            if (live > 1) {
                problems.add(unit + ": " + live + " live submissions (a duplicate)");
            }
        });
        return problems;
    }
}
