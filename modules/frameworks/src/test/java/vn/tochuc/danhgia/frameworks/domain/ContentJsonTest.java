package vn.tochuc.danhgia.frameworks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.frameworks.TargetRow;
import vn.tochuc.danhgia.kernel.CanonicalJson;

class ContentJsonTest {

    private static final TargetRow DISBURSEMENT = new TargetRow("Giải ngân vốn đầu tư công \"năm 2026\"",
            "Tỷ lệ giải ngân", new BigDecimal("95.00"), "%", "Báo cáo của Kho bạc", LocalDate.of(2026, 12, 31),
            new BigDecimal("17.50"));

    @Test
    void writesTheSameBytesWhateverTheOrderAndScaleOfTheInput() {
        Map<String, List<TargetRow>> a = new LinkedHashMap<>();
        a.put("2", List.of(DISBURSEMENT));
        a.put("1.a", List.of());
        Map<String, List<TargetRow>> b = new LinkedHashMap<>();
        b.put("1.a", List.of());
        b.put("2", List.of(new TargetRow(DISBURSEMENT.title(), DISBURSEMENT.indicator(), new BigDecimal("95"), "%",
                DISBURSEMENT.output(), DISBURSEMENT.deadline(), new BigDecimal("17.5"))));

        String json = ContentJson.draft(a);

        assertEquals(json, ContentJson.draft(b));
        assertEquals("{\"targets\":{\"1.a\":[],\"2\":[{\"deadline\":\"2026-12-31\",\"indicator\":\"Tỷ lệ giải ngân\","
                + "\"output\":\"Báo cáo của Kho bạc\",\"points\":17.5,\"targetValue\":95,\"title\":\"Giải ngân vốn đầu "
                + "tư công \\\"năm 2026\\\"\",\"unit\":\"%\"}]}}", json);
        assertEquals(CanonicalJson.sha256(json), CanonicalJson.sha256(ContentJson.draft(b)));
    }

    @Test
    void readsTargetsBackInTheFrameworksOrder() {
        Map<String, List<TargetRow>> targets = new LinkedHashMap<>();
        targets.put("2", List.of(DISBURSEMENT, new TargetRow("", "", null, "", "", null, null)));
        targets.put("1.a", List.of(DISBURSEMENT));

        Map<String, List<TargetRow>> read = ContentJson.readTargets(ContentJson.draft(targets), List.of("1.a", "2"));

        assertEquals(List.of("1.a", "2"), List.copyOf(read.keySet()));
        TargetRow first = read.get("2").get(0);
        assertEquals(DISBURSEMENT.title(), first.title());
        assertEquals(0, new BigDecimal("17.5").compareTo(first.points()));
        assertEquals(LocalDate.of(2026, 12, 31), first.deadline());
        TargetRow empty = read.get("2").get(1);
        assertNull(empty.points());
        assertNull(empty.deadline());
        assertNull(empty.targetValue());
    }

    @Test
    void embedsStoredCanonicalJsonAsIs() {
        String inner = ContentJson.draft(Map.of("2", List.of(DISBURSEMENT)));

        String outer = CanonicalJson.write(Map.of("round", 2, "content", new CanonicalJson.Raw(inner)));

        assertEquals("{\"content\":" + inner + ",\"round\":2}", outer);
    }
}
