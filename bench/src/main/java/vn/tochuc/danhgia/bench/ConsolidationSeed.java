package vn.tochuc.danhgia.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes submitted answers straight into the consultations tables (JDBC), as the answer service would leave them
 * after each unit saved its comments and submitted: an answer row, its comments, one submission with its receipt and
 * the snapshot of every comment. Going through the API instead would spend the run on 100 × 3 password checks and
 * would measure the deadline burst again (see bench/consultations), not the consolidation.
 */
final class ConsolidationSeed {

    /** A node of the draft, as the consultation's {@code /nodes} lists it. */
    record Node(String path, int order, String label, String text) {}

    private ConsolidationSeed() {}

    static void answers(BenchDatabase db, long consultationId, long versionId, List<String> units, List<Node> nodes,
            int perUnit) throws SQLException {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            c.setAutoCommit(false);
            for (int u = 0; u < units.size(); u++) {
                unit(c, consultationId, versionId, units.get(u), u, nodes, perUnit, now);
                c.commit();
            }
        }
    }

    private static void unit(Connection c, long consultationId, long versionId, String unit, int u, List<Node> nodes,
            int perUnit, Timestamp now) throws SQLException {
        long answer = insert(c, "INSERT INTO consultation_answer (consultation_id, unit_code, stance, general_text, state,"
                + " submissions, updated_at, updated_by, version) VALUES (?, ?, 'COMMENTS', '', 'SUBMITTED', 1, ?, ?, 1)",
                consultationId, unit, now, unit.toLowerCase());
        List<Long> commentIds = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO answer_comment (answer_id, path, text, proposed_text,"
                + " reason, position, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < perUnit; i++) {
                Node n = node(nodes, u, i);
                p.setLong(1, answer);
                p.setString(2, n.path());
                p.setString(3, text(unit, i));
                p.setString(4, proposed(n, i));
                p.setString(5, "Phù hợp với chức năng, nhiệm vụ và thực tiễn của " + unit + ".");
                p.setInt(6, i);
                p.setTimestamp(7, now);
                p.addBatch();
            }
            p.executeBatch();
            try (ResultSet keys = p.getGeneratedKeys()) {
                while (keys.next()) {
                    commentIds.add(keys.getLong(1));
                }
            }
        }
        long submission = insert(c, "INSERT INTO answer_submission (consultation_id, unit_code, seq, receipt_number,"
                + " version_id, stance, general_text, signer_name, signer_title, comment_count, late, submitted_at,"
                + " submitted_by) VALUES (?, ?, 1, ?, ?, 'COMMENTS', '', 'Nguyễn Văn An', 'Giám đốc', ?, FALSE, ?, ?)",
                consultationId, unit, "GY-" + consultationId + "-" + unit + "-1", versionId, perUnit, now,
                unit.toLowerCase());
        try (PreparedStatement p = c.prepareStatement("INSERT INTO submission_comment (submission_id, consultation_id,"
                + " unit_code, comment_id, path, node_order, node_label, quoted_text, text, proposed_text, reason,"
                + " position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < perUnit; i++) {
                Node n = node(nodes, u, i);
                p.setLong(1, submission);
                p.setLong(2, consultationId);
                p.setString(3, unit);
                p.setLong(4, commentIds.get(i));
                p.setString(5, n.path());
                p.setInt(6, n.order());
                p.setString(7, n.label());
                p.setString(8, n.text());
                p.setString(9, text(unit, i));
                p.setString(10, proposed(n, i));
                p.setString(11, "Phù hợp với chức năng, nhiệm vụ và thực tiễn của " + unit + ".");
                p.setInt(12, i);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** Comments spread over the draft's clauses and points, a different start for each unit. */
    private static Node node(List<Node> nodes, int unit, int i) {
        return nodes.get((unit * 7 + i) % nodes.size());
    }

    private static String text(String unit, int i) {
        return "Ý kiến số " + (i + 1) + " của " + unit + ": đề nghị làm rõ cách chấm điểm của tiêu chí này, bổ sung "
                + "sản phẩm cụ thể để đánh giá và bảo đảm tính khả thi khi áp dụng cho cơ quan, đơn vị.";
    }

    private static String proposed(Node n, int i) {
        return i % 3 == 0 ? "" : n.label() + ": sửa thành \"…, có sản phẩm cụ thể được cấp có thẩm quyền công nhận\"";
    }

    private static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                p.setObject(i + 1, values[i]);
            }
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
