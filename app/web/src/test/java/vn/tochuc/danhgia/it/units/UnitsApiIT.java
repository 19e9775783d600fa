package vn.tochuc.danhgia.it.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tochuc.danhgia.it.support.Api.json;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.it.support.Api;
import vn.tochuc.danhgia.it.support.Deployments;
import vn.tochuc.danhgia.it.support.Reply;
import vn.tochuc.danhgia.it.support.ServerTest;

/** {@code /api/v1/units} on the real server and database: what administrators and other callers rely on. */
@ServerTest
class UnitsApiIT {

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
    void listsTheFiftyDemoUnitsInTheirGroups() {
        Reply reply = api.get("api/v1/units?size=200", "admin");

        assertEquals(200, reply.status(), reply.body());
        JsonObject page = reply.json();
        assertTrue(page.getInt("total") >= 50);
        JsonObject stc = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("code").equals("STC")).findFirst().orElseThrow();
        assertEquals("Sở Tài chính", stc.getString("name"));
        assertEquals("SO_NGANH", stc.getString("group"));
        assertEquals("Các sở, ban, ngành, đoàn thể cấp tỉnh", stc.getString("groupName"));
        assertEquals(5, api.get("api/v1/units/groups", "board").array().size());
    }

    @Test
    void filtersAndPagesTheList() {
        JsonObject page = api.get("api/v1/units?group=THAM_MUU_TU&size=4&page=1&sort=code", "admin").json();

        assertEquals(6, page.getInt("total"));
        assertEquals(2, page.getJsonArray("items").size());
        assertEquals(List.of("UBKTTU", "VPTU"), page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("code")).toList());
    }

    @Test
    void createsAUnitAndReadsItBack() {
        Reply created = api.post("api/v1/units", "admin",
                json("{'code':'phong-a1','name':'Phòng Tổng hợp A1','group':'SO_NGANH','parentCode':'STC'}"));

        assertEquals(201, created.status(), created.body());
        assertTrue(created.header("Location").endsWith("/api/v1/units/PHONG-A1"));
        JsonObject unit = api.get("api/v1/units/PHONG-A1", "board").json();
        assertEquals("Phòng Tổng hợp A1", unit.getString("name"));
        assertEquals("STC", unit.getString("parentCode"));
        JsonObject audit = api.get("api/v1/audit?entityType=unit&entityId=PHONG-A1", "admin").json();
        JsonObject entry = audit.getJsonArray("items").getJsonObject(0);
        assertEquals("CREATE", entry.getString("action"));
        assertEquals("admin", entry.getString("actor"));
        assertTrue(entry.getString("after").contains("Phòng Tổng hợp A1"), entry.toString());
    }

    @Test
    void refusesAUnitWithoutANameNamingTheField() {
        Reply reply = api.post("api/v1/units", "admin", json("{'code':'KHONGTEN','group':'SO_NGANH'}"));

        assertEquals(400, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonObject problem = reply.json();
        assertEquals(400, problem.getInt("status"));
        assertEquals("name", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("Bắt buộc nhập.", problem.getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals(404, api.get("api/v1/units/KHONGTEN", "admin").status());
    }

    @Test
    void refusesADuplicateCodeWithConflict() {
        Reply reply = api.post("api/v1/units", "admin",
                json("{'code':'STC','name':'Sở Tài chính (bản sao)','group':'SO_NGANH'}"));

        assertEquals(409, reply.status());
        assertTrue(reply.json().getString("detail").contains("STC"));
    }

    @Test
    void answersForbiddenToUnitStaffAndUnauthorizedToStrangers() {
        Reply unit = api.get("api/v1/units", "stc");
        Reply anonymous = api.get("api/v1/units", null);
        Reply wrongPassword = api.send(api.request("api/v1/units", null)
                .header("Authorization", Api.basic("admin", "sai-mat-khau")).GET());

        assertEquals(403, unit.status());
        assertEquals("application/problem+json", unit.contentType().split(";")[0]);
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"));
        assertEquals(401, wrongPassword.status());
    }

    @Test
    void refusesMalformedJsonUnknownFieldsAndOverLongStrings() {
        Reply malformed = api.post("api/v1/units", "admin", "{\"code\": \"X\",");
        Reply unknown = api.post("api/v1/units", "admin",
                json("{'code':'X2','name':'X','group':'SO_NGANH','colour':'đỏ'}"));
        Reply tooLong = api.post("api/v1/units", "admin",
                json("{'code':'X3','name':'" + "Đ".repeat(256) + "','group':'SO_NGANH'}"));

        assertEquals(400, malformed.status());
        assertEquals(400, unknown.status());
        assertTrue(unknown.json().getString("detail").contains("colour"), unknown.body());
        assertEquals(400, tooLong.status());
        assertEquals("name", tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(404, api.get("api/v1/units/X2", "admin").status());
    }

    @Test
    void refusesAParentThatWouldMakeACycle() {
        api.post("api/v1/units", "admin", json("{'code':'VONG-A','name':'Vòng A','group':'SO_NGANH'}"));
        api.post("api/v1/units", "admin",
                json("{'code':'VONG-B','name':'Vòng B','group':'SO_NGANH','parentCode':'VONG-A'}"));
        JsonObject a = api.get("api/v1/units/VONG-A", "admin").json();

        Reply reply = api.put("api/v1/units/VONG-A", "admin", json("{'name':'Vòng A','group':'SO_NGANH',"
                + "'parentCode':'VONG-B','version':" + a.getJsonNumber("version") + "}"));

        assertEquals(400, reply.status());
        assertEquals("parentCode", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(reply.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("vòng lặp"));
        assertTrue(!api.get("api/v1/units/VONG-A", "admin").json().containsKey("parentCode"),
                "the refused parent must not have been written");
    }

    @Test
    void catchesAConcurrentEditInsteadOfLosingIt() {
        api.post("api/v1/units", "admin", json("{'code':'SUA-CUNG','name':'Sửa cùng lúc','group':'SO_NGANH'}"));
        long version = api.get("api/v1/units/SUA-CUNG", "admin").json().getJsonNumber("version").longValue();

        Reply first = api.put("api/v1/units/SUA-CUNG", "admin",
                json("{'name':'Sửa lần một','group':'SO_NGANH','version':" + version + "}"));
        Reply second = api.put("api/v1/units/SUA-CUNG", "admin",
                json("{'name':'Sửa lần hai','group':'SO_NGANH','version':" + version + "}"));

        assertEquals(200, first.status(), first.body());
        assertEquals(409, second.status());
        assertEquals("Sửa lần một", api.get("api/v1/units/SUA-CUNG", "admin").json().getString("name"));
    }

    @Test
    void deactivatesAUnitButNotOneWithActiveSubUnits() {
        Reply parent = api.post("api/v1/units/BCSD-UBND/deactivate", "admin", null);
        api.post("api/v1/units", "admin", json("{'code':'TAM-NGUNG','name':'Đơn vị tạm ngừng','group':'SU_NGHIEP'}"));

        Reply leaf = api.post("api/v1/units/TAM-NGUNG/deactivate", "admin", null);

        assertEquals(409, parent.status());
        assertEquals(200, leaf.status(), leaf.body());
        assertEquals(false, leaf.json().getBoolean("active"));
    }

    @Test
    void previewsThenImportsTheProvinceCsvIdempotently() throws IOException {
        byte[] csv = fixtureCsv();
        Reply preview = api.upload("api/v1/units/import?dryRun=true", "admin", "file", "don-vi.csv", "text/csv", csv);
        Reply imported = api.upload("api/v1/units/import", "admin", "file", "don-vi.csv", "text/csv", csv);

        assertEquals(200, preview.status(), preview.body());
        assertTrue(preview.json().getBoolean("importable"));
        assertEquals(50, preview.json().getJsonArray("rows").size());
        assertEquals(200, imported.status(), imported.body());
        assertEquals(0, imported.json().getInt("created"));
    }

    @Test
    void importsNothingFromAFileWithABadRowAndListsEachBadLine() {
        String csv = "code,name,group,parent_code\nMOI-1,Đơn vị mới 1,SO_NGANH,\nMOI-2,,SO_NGANH,\n"
                + "MOI-3,Đơn vị mới 3,KHONG_CO,\nMOI-4,Đơn vị mới 4,SO_NGANH,KHONG-CO\n";

        Reply reply = api.upload("api/v1/units/import", "admin", "file", "x.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));

        assertEquals(400, reply.status());
        List<String> fields = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertEquals(List.of("line 3: name", "line 4: group", "line 5: parent_code"), fields);
        assertEquals(404, api.get("api/v1/units/MOI-1", "admin").status());
    }

    @Test
    void refusesACsvNotInUtf8AWrongHeaderAndAFakeSpreadsheet() throws IOException {
        // What Excel writes as "CSV" on a Vietnamese Windows: a one-byte code page, here ô as 0xF4.
        byte[] windows = "code,name,group,parent_code\nMOI-5,Sô Nôi vu,SO_NGANH,\n"
                .getBytes(Charset.forName("windows-1258"));
        Reply encoding = api.upload("api/v1/units/import", "admin", "file", "x.csv", "text/csv", windows);
        Reply header = api.upload("api/v1/units/import", "admin", "file", "x.csv", "text/csv",
                "ma,ten\nA,B\n".getBytes(StandardCharsets.UTF_8));
        Reply fake = api.upload("api/v1/units/import", "admin", "file", "x.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "không phải".getBytes());

        assertEquals(400, encoding.status());
        assertTrue(encoding.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("UTF-8"));
        assertTrue(header.json().getJsonArray("errors").getJsonObject(0).getString("message")
                .contains("code,name,group,parent_code"));
        assertTrue(fake.json().getJsonArray("errors").getJsonObject(0).getString("message").contains(".xlsx"));
    }

    @Test
    void importsAnXlsxWorkbook() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String[][] rows = {{"code", "name", "group", "parent_code"}, {"XLSX-1", "Trung tâm Lưu trữ", "SU_NGHIEP", "TU"}};
            var sheet = workbook.createSheet();
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        Reply reply = api.upload("api/v1/units/import", "admin", "file", "don-vi.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx);

        assertEquals(200, reply.status(), reply.body());
        assertEquals("Trung tâm Lưu trữ", api.get("api/v1/units/XLSX-1", "admin").json().getString("name"));
    }

    private static byte[] fixtureCsv() throws IOException {
        try (var in = UnitsApiIT.class.getResourceAsStream("/fixtures/don-vi-quang-ngai.csv")) {
            return in.readAllBytes();
        }
    }
}
