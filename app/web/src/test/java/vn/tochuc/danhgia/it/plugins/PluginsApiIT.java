package vn.tochuc.danhgia.it.plugins;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tochuc.danhgia.it.support.Api.json;

import jakarta.json.JsonObject;
import java.net.URL;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.spi.SpiVersion;
import vn.tochuc.danhgia.criteria.testkit.PluginSource;
import vn.tochuc.danhgia.criteria.testkit.SamplePlugins;
import vn.tochuc.danhgia.it.support.Api;
import vn.tochuc.danhgia.it.support.Deployments;
import vn.tochuc.danhgia.it.support.Reply;
import vn.tochuc.danhgia.it.support.ServerTest;

/**
 * {@code /api/v1/plugins} and friends on the real server: what IT staff, administrators and the other modules rely
 * on. Every plugin here is compiled by the test kit against the SPI JAR alone, as an agency would outside this
 * project. Each test uses its own plugin ids, units and years.
 */
@ServerTest
class PluginsApiIT {

    static final int THIS_YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    @Test
    void theDemoHasTheThreeAgencyPluginsInstalledAndAssignedForThisYear() {
        List<JsonObject> plugins = api.get("api/v1/plugins", "it").array().getValuesAs(JsonObject.class);

        for (String id : List.of("so-tai-chinh", "so-giao-duc", "tham-muu-tu")) {
            JsonObject plugin = plugins.stream().filter(p -> p.getString("pluginId").equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("missing " + id));
            JsonObject version = plugin.getJsonArray("versions").getJsonObject(0);
            assertEquals("1.0.0", plugin.getString("activeVersion"));
            assertEquals("ENABLED", version.getString("state"));
            assertEquals("1.0", version.getString("spiVersion"));
            assertEquals(64, version.getString("sha256").length());
        }
        assertCoverage(THIS_YEAR, "STC", "OK", "so-tai-chinh", "UNIT");
        assertCoverage(THIS_YEAR, "SGDDT", "OK", "so-giao-duc", "UNIT");
        assertCoverage(THIS_YEAR, "VPTU", "OK", "tham-muu-tu", "GROUP");
        assertCoverage(THIS_YEAR, "SYT", "NOT_ASSIGNED", null, null);
        JsonObject stc = api.get("api/v1/units/STC/frameworks", "stc").json();
        assertEquals(3, stc.getJsonArray("frameworks").size());
        assertEquals("COLLECTIVE", stc.getJsonArray("frameworks").getJsonObject(0).getString("subjectType"));
    }

    @Test
    void aPluginBuiltAgainstTheSpiAloneIsServedRightAfterUpload() {
        Reply upload = upload(SamplePlugins.valid("it-outside", "1.0.0", "SYT"));

        assertEquals(201, upload.status(), upload.body());
        assertTrue(upload.header("Location").endsWith("/api/v1/plugins/it-outside"));
        assertEquals("ENABLED", upload.json().getJsonObject("version").getString("state"));
        JsonObject chief = api.get("api/v1/plugins/it-outside/frameworks/CHIEF", "it").json();
        assertEquals("Khung tiêu chí mẫu đánh giá cấp trưởng (1.0.0)",
                chief.getJsonObject("framework").getString("title"));
        assertEquals(201, assign(2027, "it-outside", "['SYT']", "[]").status());
        JsonObject syt = api.get("api/v1/units/SYT/frameworks?year=2027", "admin").json();
        assertEquals("OK", syt.getJsonObject("coverage").getString("status"));
        assertEquals("it-outside", syt.getJsonObject("coverage").getString("pluginId"));
        assertTrue(api.get("api/v1/audit?entityType=criteria-plugin&entityId=it-outside@1.0.0", "admin").json()
                .getInt("total") >= 1, "the install is audited");
    }

    @Test
    void refusesAPluginForAnotherSpiMajorVersion() {
        assertRefused(SamplePlugins.requiresSpi("it-spi2", "1.0.0", "2.0"), 400, "SPI_VERSION_INCOMPATIBLE",
                "Plugin được xây dựng cho SPI 2.0, nhưng hệ thống đang dùng SPI " + SpiVersion.current());
    }

    @Test
    void refusesAJarWithoutProvider() {
        assertRefused(SamplePlugins.noProvider("it-none", "1.0.0"), 400, "NO_PROVIDER",
                "Plugin không đăng ký lớp nào trong META-INF/services");
    }

    @Test
    void refusesAJarWithTwoProviders() {
        assertRefused(SamplePlugins.twoProviders("it-two", "1.0.0"), 400, "MANY_PROVIDERS",
                "Plugin đăng ký 2 lớp trong META-INF/services; chỉ được đăng ký đúng một lớp.");
    }

    @Test
    void refusesAFrameworkWhosePointsDoNotAddUp() {
        assertRefused(SamplePlugins.pointsDoNotAddUp("it-points", "1.0.0"), 400, "POINTS_DO_NOT_ADD_UP",
                "Tiêu chí 1 có điểm tối đa 30 nhưng các tiêu chí thành phần cộng lại được 25 điểm.");
    }

    @Test
    void refusesAProviderThatThrowsWhenLoaded() {
        assertRefused(SamplePlugins.throwsOnLoad("it-throws-load", "1.0.0"), 400, "PLUGIN_LOAD_FAILED",
                "Plugin mẫu cố ý lỗi khi nạp");
    }

    @Test
    void namesTheClassAMisspelledServicesFileListsInsteadOfTheLoadersError() {
        assertRefused(SamplePlugins.misspelledProvider("it-typo", "1.0.0"), 400, "PROVIDER_CLASS_MISSING",
                "ghi lớp " + SamplePlugins.factoryClassName("it-typo") + "x, nhưng tệp JAR không có lớp này. "
                        + "Các lớp trong JAR: " + SamplePlugins.factoryClassName("it-typo"));
    }

    @Test
    void refusesAFileThatIsNotAJar() {
        assertRefused("ghi-chu.jar", "Đây là một tệp văn bản, không phải JAR".getBytes(), 415, "NOT_A_JAR",
                "Tệp tải lên không phải là tệp JAR (định dạng ZIP) hợp lệ.");
    }

    @Test
    void upgradeAndRollbackNeverChangeASnapshot() throws Exception {
        assertEquals(201, upload(SamplePlugins.valid("it-snap", "1.0.0", "SXD")).status());
        assertEquals(201, assign(2028, "it-snap", "['SXD']", "[]").status());
        JsonObject frozen = api.post("api/v1/units/SXD/frameworks/CHIEF/snapshot?year=2028", "admin", "").json();
        long id = frozen.getJsonNumber("id").longValue();
        assertEquals("1.0.0", frozen.getString("pluginVersion"));
        Reply before = api.get("api/v1/framework-snapshots/" + id, "board");
        assertEquals(frozen.getString("sha256"), sha256(before.bytes()));
        assertEquals("\"" + frozen.getString("sha256") + "\"", before.header("ETag"));

        Reply upgrade = upload(SamplePlugins.valid("it-snap", "2.0.0", "SXD"));
        assertEquals(201, upgrade.status(), upgrade.body());
        assertEquals("2.0.0", upgrade.json().getJsonObject("plugin").getString("activeVersion"));
        assertTrue(chiefTitle("SXD", 2028).contains("(2.0.0)"), "new work gets the new version");
        assertArrayEquals(before.bytes(), api.get("api/v1/framework-snapshots/" + id, "board").bytes());
        JsonObject again = api.post("api/v1/units/SXD/frameworks/CHIEF/snapshot?year=2028", "admin", "").json();
        assertEquals(id, again.getJsonNumber("id").longValue(), "the unit keeps the snapshot it froze");

        Reply rollback = api.post("api/v1/plugins/it-snap/rollback", "it", "");
        assertEquals(200, rollback.status(), rollback.body());
        assertEquals("1.0.0", rollback.json().getString("activeVersion"));
        assertTrue(chiefTitle("SXD", 2028).contains("(1.0.0)"));
        assertArrayEquals(before.bytes(), api.get("api/v1/framework-snapshots/" + id, "board").bytes());

        Reply inUse = api.delete("api/v1/plugins/it-snap/versions/1.0.0", "it");
        assertEquals(409, inUse.status(), inUse.body());
        assertTrue(inUse.json().getString("detail").contains("đang được 1 hồ sơ sử dụng"), inUse.body());
        assertEquals(200, api.delete("api/v1/plugins/it-snap/versions/2.0.0", "it").status());
        assertArrayEquals(before.bytes(), api.get("api/v1/framework-snapshots/" + id, "board").bytes());
        String actions = api.get("api/v1/audit?entityType=criteria-plugin&size=200", "admin").body();
        assertTrue(actions.contains("\"ROLLBACK\"") && actions.contains("\"DELETE\""), actions);
    }

    @Test
    void disablingLeavesUnitsWithoutAFrameworkUntilEnabledAgain() {
        assertEquals(201, upload(SamplePlugins.valid("it-toggle", "1.0.0", "SCT")).status());
        assertEquals(201, assign(2029, "it-toggle", "['SCT']", "[]").status());

        Reply disabled = api.post("api/v1/plugins/it-toggle/disable", "it", "");

        assertEquals(200, disabled.status(), disabled.body());
        assertEquals("DISABLED", disabled.json().getJsonArray("versions").getJsonObject(0).getString("state"));
        assertCoverage(2029, "SCT", "PLUGIN_UNAVAILABLE", "it-toggle", "UNIT");
        assertEquals(0, api.get("api/v1/units/SCT/frameworks?year=2029", "admin").json()
                .getJsonArray("frameworks").size());
        long revision = disabled.json().getJsonNumber("revision").longValue();
        Reply stale = api.post("api/v1/plugins/it-toggle/enable?revision=" + (revision - 1), "it", "");
        assertEquals(409, stale.status(), "a stale revision is refused: " + stale.body());

        Reply enabled = api.post("api/v1/plugins/it-toggle/enable?revision=" + revision, "it", "");

        assertEquals(200, enabled.status(), enabled.body());
        assertCoverage(2029, "SCT", "OK", "it-toggle", "UNIT");
    }

    @Test
    void disablingAPluginStopsEveryVersionOfIt() {
        assertEquals(201, upload(SamplePlugins.valid("it-all-off", "1.0.0")).status());
        assertEquals(201, upload(SamplePlugins.valid("it-all-off", "1.1.0")).status());
        assertEquals(Map.of("1.0.0", "ENABLED", "1.1.0", "ENABLED"), states("it-all-off"));

        Reply disabled = api.post("api/v1/plugins/it-all-off/disable", "it", "");

        assertEquals(200, disabled.status(), disabled.body());
        assertEquals(Map.of("1.0.0", "DISABLED", "1.1.0", "DISABLED"), states("it-all-off"));
    }

    @Test
    void oneVersionCanStillBeDisabledAlone() {
        assertEquals(201, upload(SamplePlugins.valid("it-one-off", "1.0.0")).status());
        assertEquals(201, upload(SamplePlugins.valid("it-one-off", "1.1.0")).status());

        Reply disabled = api.post("api/v1/plugins/it-one-off/disable?version=1.0.0", "it", "");

        assertEquals(200, disabled.status(), disabled.body());
        assertEquals(Map.of("1.0.0", "DISABLED", "1.1.0", "ENABLED"), states("it-one-off"));
    }

    @Test
    void aPluginWhoseCheckThrowsIsMarkedFailedAndTheServerKeepsServing() {
        assertEquals(201, upload(SamplePlugins.throwsOnCheck("it-throws-check", "1.0.0")).status());

        Reply review = api.post("api/v1/plugins/it-throws-check/versions/1.0.0/review", "it",
                PluginJars.chiefConcretization("STC", 2026));

        assertEquals(200, review.status(), review.body());
        assertFalse(review.json().getBoolean("agencyCheckRan"));
        assertTrue(review.body().contains("PLUGIN_CHECK_FAILED") && review.body().contains("cố ý lỗi khi kiểm tra"),
                review.body());
        assertEquals("FAILED", versionState("it-throws-check"));
        assertEquals(200, api.get("api/v1/plugins", "it").status());
    }

    @Test
    void aPluginWhoseCheckHangsIsCutOffAtTheTimeLimit() {
        assertEquals(201, upload(SamplePlugins.hangsOnCheck("it-hangs", "1.0.0", Duration.ofSeconds(30))).status());
        long start = System.nanoTime();

        CompletableFuture<Reply> pending = CompletableFuture.supplyAsync(() -> api.post(
                "api/v1/plugins/it-hangs/versions/1.0.0/review", "it", PluginJars.chiefConcretization("STC", 2026)));
        sleep(Duration.ofMillis(300));
        long otherStart = System.nanoTime();
        Reply other = api.get("api/v1/units/STC/frameworks?year=" + THIS_YEAR, "stc");
        long otherMs = (System.nanoTime() - otherStart) / 1_000_000;
        assertFalse(pending.isDone(), "the hanging check is still running while the other request is served");
        Reply review = pending.join();

        assertEquals(200, other.status(), other.body());
        assertTrue(otherMs < 1500, "another unit's request waited " + otherMs + " ms for the hanging plugin");
        assertEquals(200, review.status(), review.body());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(15).toNanos(), "answered after the time limit");
        assertTrue(review.body().contains("PLUGIN_CHECK_FAILED") && review.body().contains("2000 ms"),
                review.body());
        assertEquals("ENABLED", versionState("it-hangs"), "one overrun may be the server's: not yet quarantined");
        for (int strike = 2; strike <= 3; strike++) {
            Reply again = api.post("api/v1/plugins/it-hangs/versions/1.0.0/review", "it",
                    PluginJars.chiefConcretization("STC", 2026));
            assertTrue(again.body().contains("PLUGIN_CHECK_FAILED"), again.body());
        }
        assertEquals("FAILED", versionState("it-hangs"));
        assertTrue(api.get("api/v1/plugins/it-hangs", "it").json().getJsonArray("versions").getJsonObject(0)
                .getString("stateReason").contains("2000 ms"));
        Reply quarantined = api.post("api/v1/plugins/it-hangs/versions/1.0.0/review", "it",
                PluginJars.chiefConcretization("STC", 2026));
        assertEquals(200, quarantined.status(), quarantined.body());
        assertTrue(quarantined.body().contains("PLUGIN_SKIPPED") && quarantined.body().contains("cách ly"),
                quarantined.body());
    }

    @Test
    void aWorkingPluginsCheckRunsAfterTheGenericOne() {
        assertEquals(201, upload(SamplePlugins.valid("it-review", "1.0.0")).status());

        JsonObject review = api.post("api/v1/plugins/it-review/versions/1.0.0/review", "it",
                PluginJars.chiefConcretization("STC", 2026)).json();

        assertTrue(review.getBoolean("agencyCheckRan"));
        assertTrue(review.getBoolean("ok"), review.toString());
        assertEquals(SamplePlugins.CHECKED_BY_RULE,
                review.getJsonArray("findings").getJsonObject(0).getString("code"));
    }

    @Test
    void refusesAConflictingAssignmentAndListsUnitsWithoutAFramework() {
        assertEquals(201, upload(SamplePlugins.valid("it-assign-a", "1.0.0", "STP")).status());
        assertEquals(201, upload(SamplePlugins.valid("it-assign-b", "1.0.0", "STP")).status());
        assertEquals(201, assign(2030, "it-assign-a", "['STP']", "[]").status());

        Reply again = assign(2030, "it-assign-a", "['STP']", "[]");
        Reply conflict = assign(2030, "it-assign-b", "['STP']", "[]");
        Reply notServed = assign(2030, "it-assign-b", "['SNV']", "[]");
        Reply outsideYears = assign(2031, "it-assign-b", "['STP']", "[]");

        assertEquals(201, again.status(), "the same plugin again is a no-op: " + again.body());
        assertEquals(0, again.array().size());
        assertEquals(409, conflict.status(), conflict.body());
        assertTrue(conflict.json().getString("detail").contains("STP → it-assign-a"), conflict.body());
        assertEquals(400, notServed.status(), notServed.body());
        assertTrue(notServed.body().contains("không khai báo áp dụng cho \\\"SNV\\\""), notServed.body());
        assertEquals(400, outsideYears.status(), outsideYears.body());
        assertTrue(outsideYears.body().contains("2025–2030"), outsideYears.body());
        assertCoverage(2030, "STP", "OK", "it-assign-a", "UNIT");
        assertCoverage(2030, "SNV", "NOT_ASSIGNED", null, null);
        Reply forbidden = api.post("api/v1/framework-assignments", "it",
                json("{'year':2030,'pluginId':'it-assign-b','unitCodes':['STP'],'groupCodes':[]}"));
        assertEquals(403, forbidden.status(), "only administrators assign");
    }

    @Test
    void deletesAnUnusedVersionOnlyOnceItIsNoLongerServing() {
        Reply upload = upload(SamplePlugins.valid("it-delete", "1.0.0", "BDT"));
        assertEquals(201, upload.status());
        String sha = upload.json().getJsonObject("version").getString("sha256");
        assertTrue(PluginJars.storedFiles().contains(sha + ".jar"));

        Reply active = api.delete("api/v1/plugins/it-delete/versions/1.0.0", "it");
        assertEquals(409, active.status(), active.body());
        assertEquals(200, api.post("api/v1/plugins/it-delete/disable", "it", "").status());

        Reply deleted = api.delete("api/v1/plugins/it-delete/versions/1.0.0", "it");

        assertEquals(204, deleted.status(), deleted.body());
        assertEquals(404, api.get("api/v1/plugins/it-delete", "it").status());
        assertFalse(PluginJars.storedFiles().contains(sha + ".jar"), "the JAR is removed with its last version");
    }

    @Test
    void installsAndRemovesAPluginRepeatedlyWithoutLeavingAnythingBehind() {
        byte[] jar = PluginJars.bytes(SamplePlugins.valid("it-cycle", "1.0.0", "TTT"));
        List<String> storedBefore = PluginJars.storedFiles();
        for (int round = 0; round < 10; round++) {
            Reply installed = api.upload("api/v1/plugins", "it", "file", "it-cycle.jar", "application/java-archive",
                    jar);
            assertEquals(201, installed.status(), installed.body());
            Reply review = api.post("api/v1/plugins/it-cycle/versions/1.0.0/review", "it",
                    PluginJars.chiefConcretization("TTT", 2026));
            assertTrue(review.json().getBoolean("agencyCheckRan"), review.body());
            assertEquals(200, api.post("api/v1/plugins/it-cycle/disable", "it", "").status());
            assertEquals(204, api.delete("api/v1/plugins/it-cycle/versions/1.0.0", "it").status());
        }
        assertEquals(storedBefore, PluginJars.storedFiles());
        assertEquals(404, api.get("api/v1/plugins/it-cycle", "it").status());
    }

    @Test
    void listsEveryUnitsFrameworksForAYearInOneAnswer() {
        Reply all = api.get("api/v1/framework-catalog", "board");

        assertEquals(200, all.status(), all.body());
        assertTrue(all.array().size() >= 50);
        assertTrue(all.header("Server-Timing").startsWith("app;dur="));
        long withFrameworks = all.array().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getJsonArray("frameworks").size() == 3).count();
        assertTrue(withFrameworks >= 8, "STC, SGDDT and the six advisory bodies: " + withFrameworks);
    }

    @Test
    void unitStaffSeeTheirOwnUnitsFrameworksOnly() {
        assertEquals(200, api.get("api/v1/units/SGDDT/frameworks", "sgddt").status());
        Reply other = api.get("api/v1/units/STC/frameworks", "sgddt");
        assertEquals(403, other.status());
        assertTrue(other.json().getString("detail").contains("đơn vị mình"), other.body());
    }

    private Reply upload(PluginSource source) {
        return api.upload("api/v1/plugins", "it", "file", source.pluginId() + "-" + source.version() + ".jar",
                "application/java-archive", PluginJars.bytes(source));
    }

    private Reply assign(int year, String plugin, String units, String groups) {
        return api.post("api/v1/framework-assignments", "admin", json("{'year':" + year + ",'pluginId':'" + plugin
                + "','unitCodes':" + units + ",'groupCodes':" + groups + "}"));
    }

    private void assertRefused(PluginSource source, int status, String code, String message) {
        assertRefused(source.pluginId() + ".jar", PluginJars.bytes(source), status, code, message);
    }

    /** Refused with the finding and its message; the plugin list and the stored files are as before. */
    private void assertRefused(String fileName, byte[] content, int status, String code, String message) {
        String pluginsBefore = api.get("api/v1/plugins", "it").body();
        List<String> filesBefore = PluginJars.storedFiles();

        Reply reply = api.upload("api/v1/plugins", "it", "file", fileName, "application/java-archive", content);

        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonObject error = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("field").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + reply.body()));
        assertTrue(error.getString("message").contains(message), error.getString("message"));
        assertEquals(pluginsBefore, api.get("api/v1/plugins", "it").body(), "nothing changed");
        assertEquals(filesBefore, PluginJars.storedFiles(), "no file left behind");
    }

    private void assertCoverage(int year, String unit, String status, String plugin, String via) {
        JsonObject row = api.get("api/v1/framework-assignments/coverage?year=" + year, "admin").array()
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("unitCode").equals(unit)).findFirst()
                .orElseThrow();
        assertEquals(status, row.getString("status"), row.toString());
        assertEquals(plugin, text(row, "pluginId"));
        assertEquals(via, text(row, "assignedVia"));
    }

    /** A text field, or null when absent (JSON-B leaves null fields out). */
    private static String text(JsonObject o, String name) {
        return o.containsKey(name) && !o.isNull(name) ? o.getString(name) : null;
    }

    private String chiefTitle(String unit, int year) {
        return api.get("api/v1/units/" + unit + "/frameworks?year=" + year, "admin").json()
                .getJsonArray("frameworks").getJsonObject(1).getString("title");
    }

    private Map<String, String> states(String plugin) {
        JsonObject p = api.get("api/v1/plugins", "it").array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("pluginId").equals(plugin)).findFirst().orElseThrow();
        return p.getJsonArray("versions").getValuesAs(JsonObject.class).stream()
                .collect(java.util.stream.Collectors.toMap(v -> v.getString("version"), v -> v.getString("state")));
    }

    private String versionState(String plugin) {
        return api.get("api/v1/plugins/" + plugin, "it").json().getJsonArray("versions").getJsonObject(0)
                .getString("state");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
