package vn.tochuc.danhgia.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A published consultation with the demo draft, sent to {@code units} units. Beyond the 50 demo units, units are
 * imported through the API and their users inserted directly with the demo users' password hash (creating 1,000
 * users through the API would spend minutes hashing the same password).
 */
record BurstFixture(long consultationId, List<String> units, List<String> paths) {

    static BurstFixture prepare(Http http, BenchDatabase db, int unitCount) throws Exception {
        if (unitCount > 50) {
            addUnits(http, db, unitCount - 50);
        }
        HttpResponse<String> upload = Http.expect(http.upload("api/v1/documents", "board", "du-thao.docx", draft()),
                201);
        String documentId = Http.field(upload.body(), "id");
        List<String> units = new ArrayList<>(Http.all(Http.expect(http.send("GET",
                "api/v1/units?active=true&size=500&sort=code", "board", null), 200).body(), "code"));
        for (int page = 1; units.size() < unitCount && page < 10; page++) {
            units.addAll(Http.all(http.send("GET", "api/v1/units?active=true&size=500&sort=code&page=" + page,
                    "board", null).body(), "code"));
        }
        units = units.stream().distinct().limit(unitCount).toList();
        String deadline = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusHours(2).toString();
        StringBuilder recipients = new StringBuilder();
        units.forEach(u -> recipients.append(recipients.length() == 0 ? "" : ",").append('"').append(u).append('"'));
        HttpResponse<String> created = Http.expect(http.send("POST", "api/v1/consultations", "board",
                "{\"title\":\"Đợt góp ý cao điểm (bench)\",\"reference\":\"BENCH-" + System.nanoTime()
                        + "\",\"documentId\":" + documentId + ",\"deadline\":\"" + deadline
                        + "\",\"lateAllowed\":false,\"recipientGroups\":[],\"recipientUnits\":[" + recipients + "]}"),
                201);
        long id = Long.parseLong(Http.field(created.body(), "id"));
        Http.expect(http.send("POST", "api/v1/consultations/" + id + "/publish", "board", ""), 200);
        List<String> paths = Http.all(Http.expect(http.send("GET", "api/v1/consultations/" + id + "/nodes", "board",
                null), 200).body(), "path");
        return new BurstFixture(id, units, paths);
    }

    /** The JSON of one unit's answer: {@code comments} comments spread over the draft's nodes. */
    String answer(String unit, int comments, String version) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < comments; i++) {
            list.append(i == 0 ? "" : ",").append("{\"path\":\"").append(paths.get(i % paths.size()))
                    .append("\",\"text\":\"Ý kiến số ").append(i + 1).append(" của ").append(unit)
                    .append(": đề nghị làm rõ nội dung, bảo đảm khả thi.\",\"proposedText\":\"Sửa thành phương án ")
                    .append(i + 1).append("\",\"reason\":\"Phù hợp thực tế của đơn vị\"}");
        }
        return "{\"stance\":\"COMMENTS\",\"general\":\"Cơ bản thống nhất với dự thảo.\",\"comments\":[" + list
                + "],\"version\":" + version + "}";
    }

    static String user(String unit) {
        return unit.toLowerCase(Locale.ROOT);
    }

    private static void addUnits(Http http, BenchDatabase db, int extra) throws Exception {
        StringBuilder csv = new StringBuilder("code,name,group,parent_code\n");
        for (int i = 1; i <= extra; i++) {
            csv.append(String.format(Locale.ROOT, "BENCH-%04d,Đơn vị thử tải số %d,SU_NGHIEP,TU%n", i, i));
        }
        http.upload("api/v1/units/import", "admin", "bench.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        // Plain VALUES, not INSERT … SELECT: the driver sends a batch as one bulk command, which MariaDB 10.x
        // refuses for INSERT … SELECT. IGNORE: every phase of a run prepares its fixture, the users exist after the first.
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                PreparedStatement s = c.prepareStatement("insert ignore into user_account (username, full_name, title, email,"
                        + " unit_code, roles, password_hash, must_change_password, failed_attempts, active, created_at,"
                        + " updated_at, version) values (?, ?, '', '', ?, 'UNIT', ?, false, 0, true, now(6), now(6), 1)")) {
            String hash = demoHash(c);
            for (int i = 1; i <= extra; i++) {
                String code = String.format(Locale.ROOT, "BENCH-%04d", i);
                s.setString(1, user(code));
                s.setString(2, "Văn thư " + code);
                s.setString(3, code);
                s.setString(4, hash);
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot add the bench users", e);
        }
    }

    private static String demoHash(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select password_hash from user_account where username = 'stc'");
                java.sql.ResultSet r = q.executeQuery()) {
            if (!r.next()) {
                throw new SQLException("The demo user stc is missing");
            }
            return r.getString(1);
        }
    }

    static byte[] draft() throws IOException {
        try (InputStream in = BurstFixture.class.getResourceAsStream("/bench/draft.docx")) {
            return in.readAllBytes();
        }
    }
}
