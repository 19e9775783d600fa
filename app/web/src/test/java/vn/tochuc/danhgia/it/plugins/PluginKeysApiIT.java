package vn.tochuc.danhgia.it.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tochuc.danhgia.criteria.testkit.SamplePlugins;
import vn.tochuc.danhgia.it.support.Api;
import vn.tochuc.danhgia.it.support.Deployments;
import vn.tochuc.danhgia.it.support.Reply;
import vn.tochuc.danhgia.it.support.ServerTest;

/**
 * {@code /api/v1/plugin-keys} on the real server, with a key made by the JDK's {@code keytool} and a plugin signed by
 * its {@code jarsigner}, as an agency does: trust the certificate, upload the signed plugin (shown as signed, by
 * whom), revoke the certificate (the plugin version fails at once), and the demo's unsigned plugins accepted with a
 * warning because the demo allows them.
 */
@ServerTest
class PluginKeysApiIT {

    /** The agency's signing keystore, made fresh in {@link #dir} by each test. */
    static final String PASSWORD = "mat-khau-ky";

    @TempDir
    Path dir;
    @ArquillianResource
    URL base;
    Api api;

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.application();
    }

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    @Test
    void itStaffTrustASigningKeyAndRevokeIt() throws Exception {
        Path keys = dir.resolve("agency.p12");
        jdk("keytool", "-genkeypair", "-alias", "agency", "-keyalg", "EC", "-groupname", "secp256r1",
                "-validity", "365", "-dname", "CN=Sở Kế hoạch IT, O=Tỉnh ủy, C=VN", "-keystore", keys.toString(),
                "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
        Path cer = dir.resolve("agency.pem");
        jdk("keytool", "-exportcert", "-rfc", "-alias", "agency", "-keystore", keys.toString(), "-storetype",
                "PKCS12", "-storepass", PASSWORD, "-file", cer.toString());
        Path unsigned = SamplePlugins.valid("it-signed", "1.0.0").build(dir.resolve("it-signed-1.0.0.jar"));
        Path signed = dir.resolve("signed.jar");
        jdk("jarsigner", "-keystore", keys.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
                "-signedjar", signed.toString(), unsigned.toString(), "agency");

        Reply forbidden = addKey("board", "agency.pem", Files.readAllBytes(cer));
        Reply wrongType = addKey("it", "agency.txt", Files.readAllBytes(cer));
        Reply notACertificate = addKey("it", "agency.cer", "không phải".getBytes(StandardCharsets.UTF_8));
        Reply added = addKey("it", "agency.pem", Files.readAllBytes(cer));
        Reply again = addKey("it", "agency.pem", Files.readAllBytes(cer));

        assertEquals(403, forbidden.status(), forbidden.body());
        assertEquals(400, wrongType.status(), wrongType.body());
        assertTrue(wrongType.body().contains(".cer"), wrongType.body());
        assertEquals(400, notACertificate.status(), notACertificate.body());
        assertEquals(201, added.status(), added.body());
        assertEquals(409, again.status(), again.body());
        String fingerprint = added.json().getString("fingerprint");
        assertEquals(64, fingerprint.length());
        assertTrue(added.json().getString("subject").contains("CN=Sở Kế hoạch IT"), added.body());
        JsonObject listed = api.get("api/v1/plugin-keys", "admin").array().getValuesAs(JsonObject.class).stream()
                .filter(k -> k.getString("fingerprint").equals(fingerprint)).findFirst().orElseThrow();
        assertFalse(listed.getBoolean("expired"));
        assertTrue(listed.getString("validTo").compareTo(listed.getString("validFrom")) > 0, listed.toString());

        Reply upload = api.upload("api/v1/plugins", "it", "file", "it-signed-1.0.0.jar", "application/java-archive",
                Files.readAllBytes(signed));

        assertEquals(201, upload.status(), upload.body());
        JsonObject version = upload.json().getJsonObject("version");
        assertTrue(version.getBoolean("signed"), upload.body());
        assertTrue(version.getJsonObject("signer").getString("subject").contains("Sở Kế hoạch IT"), upload.body());
        assertFalse(upload.body().contains("JAR_UNSIGNED_ALLOWED"), upload.body());

        Reply revokedByBoard = api.delete("api/v1/plugin-keys/" + fingerprint, "board");
        Reply revoked = api.delete("api/v1/plugin-keys/" + fingerprint, "it");
        Reply revokedAgain = api.delete("api/v1/plugin-keys/" + fingerprint, "it");

        assertEquals(403, revokedByBoard.status(), revokedByBoard.body());
        assertEquals(200, revoked.status(), revoked.body());
        assertTrue(revoked.body().contains("it-signed@1.0.0"), revoked.body());
        assertEquals(404, revokedAgain.status(), revokedAgain.body());
        JsonObject after = api.get("api/v1/plugins/it-signed", "it").json().getJsonArray("versions")
                .getJsonObject(0);
        assertEquals("FAILED", after.getString("state"));
        assertTrue(after.getString("stateReason").contains("JAR_SIGNER_UNTRUSTED"), after.toString());
        assertTrue(api.get("api/v1/plugin-keys", "it").array().getValuesAs(JsonObject.class).stream()
                .noneMatch(k -> k.getString("fingerprint").equals(fingerprint)));
        Reply refused = api.upload("api/v1/plugins", "it", "file", "it-signed-again.jar", "application/java-archive",
                Files.readAllBytes(resign(keys, SamplePlugins.valid("it-signed", "1.0.1")
                        .build(dir.resolve("it-signed-1.0.1.jar")))));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("JAR_SIGNER_UNTRUSTED"), refused.body());
    }

    @Test
    void anUnsignedPluginIsAcceptedWithAWarningWhileTheSettingAllowsIt() {
        Reply upload = api.upload("api/v1/plugins", "it", "file", "it-unsigned-1.0.0.jar",
                "application/java-archive", PluginJars.bytes(SamplePlugins.valid("it-unsigned", "1.0.0")));

        assertEquals(201, upload.status(), upload.body());
        assertFalse(upload.json().getJsonObject("version").getBoolean("signed"));
        assertTrue(upload.body().contains("JAR_UNSIGNED_ALLOWED") && upload.body().contains("chưa được ký số"),
                upload.body());
    }

    private Path resign(Path keys, Path jar) throws Exception {
        Path out = dir.resolve("re-" + jar.getFileName());
        jdk("jarsigner", "-keystore", keys.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
                "-signedjar", out.toString(), jar.toString(), "agency");
        return out;
    }

    private Reply addKey(String user, String fileName, byte[] content) {
        return api.upload("api/v1/plugin-keys", user, "file", fileName, "application/pkix-cert", content);
    }

    /** Runs a tool of the JDK's bin, as an agency's IT would. */
    private static void jdk(String tool, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", tool).toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + "\n" + output);
    }
}
