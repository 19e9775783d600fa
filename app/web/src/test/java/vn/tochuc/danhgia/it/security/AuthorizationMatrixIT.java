package vn.tochuc.danhgia.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.tochuc.danhgia.it.support.Api;
import vn.tochuc.danhgia.it.support.Deployments;
import vn.tochuc.danhgia.it.support.Reply;
import vn.tochuc.danhgia.it.support.ServerTest;

/**
 * Calls every REST endpoint listed in {@code src/test/resources/authz/*.csv} as every role and anonymously, and checks
 * the allowed / forbidden / unauthenticated answer of each (see the README beside the files).
 */
@ServerTest
class AuthorizationMatrixIT {

    private static final String[] USERS = {"admin", "board", "stc", "it", null};
    private static final String[] ROLES = {"ADMIN", "BOARD", "UNIT", "PLUGIN_ADMIN", "ANONYMOUS"};

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    record Row(String method, String path, boolean multipart, String[] expected, String source) {}

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryRoleAsTheMatrixSays() {
        Api api = new Api(base);
        return rows().stream().flatMap(row -> {
            List<DynamicTest> tests = new ArrayList<>();
            for (int i = 0; i < USERS.length; i++) {
                String user = USERS[i];
                String expected = row.expected()[i];
                tests.add(DynamicTest.dynamicTest(row.method() + " " + row.path() + " as " + ROLES[i] + " → " + expected,
                        () -> check(api, row, user, expected)));
            }
            return tests.stream();
        });
    }

    @Test
    void theMatrixCoversEveryModuleFile() {
        assertTrue(rows().size() >= 18, "rows: " + rows().size());
    }

    private static void check(Api api, Row row, String user, String expected) {
        Reply reply = call(api, row, user);
        String where = row.source() + ": " + row.method() + " " + row.path() + " as " + user + " → " + reply;
        switch (expected) {
            case "A" -> assertFalse(reply.status() == 401 || reply.status() == 403, where);
            case "F" -> {
                assertEquals(403, reply.status(), where);
                assertTrue(reply.contentType().startsWith("application/problem+json"), where);
            }
            case "U" -> {
                assertEquals(401, reply.status(), where);
                assertTrue(reply.contentType().startsWith("application/problem+json"), where);
            }
            default -> throw new IllegalArgumentException("Unknown expectation " + expected + " in " + row.source());
        }
    }

    private static Reply call(Api api, Row row, String user) {
        if (row.multipart()) {
            return api.upload(row.path(), user, "none", "none.txt", "text/plain", new byte[0]);
        }
        return switch (row.method()) {
            case "GET" -> api.get(row.path(), user);
            case "DELETE" -> api.delete(row.path(), user);
            case "POST" -> api.post(row.path(), user, "{}");
            case "PUT" -> api.put(row.path(), user, "{}");
            default -> throw new IllegalArgumentException(row.method());
        };
    }

    static List<Row> rows() {
        Path dir = Path.of(System.getProperty("project.build.directory", "target"), "test-classes", "authz");
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int n = 1; n < lines.size(); n++) {
                    String line = lines.get(n).trim();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cells = line.split(",");
                    String path = cells[1];
                    boolean multipart = path.endsWith("#multipart");
                    rows.add(new Row(cells[0], multipart ? path.substring(0, path.length() - 10) : path, multipart,
                            java.util.Arrays.copyOfRange(cells, 2, 7), file.getFileName() + ":" + (n + 1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
