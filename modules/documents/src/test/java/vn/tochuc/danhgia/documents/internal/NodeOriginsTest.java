package vn.tochuc.danhgia.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeOriginsTest {

    @Test
    void originsRoundTripWithoutTheNodesThatHaveNone() {
        Map<String, String> origins = new HashMap<>(Map.of("D2.K1.đ", "D3.K1.đ", "D2", "D3"));
        origins.put("D4", null);
        String json = NodeOrigins.write(origins);
        assertEquals("{\"D2\":\"D3\",\"D2.K1.đ\":\"D3.K1.đ\"}", json);
        Map<String, String> read = NodeOrigins.read(json);
        assertEquals(Map.of("D2", "D3", "D2.K1.đ", "D3.K1.đ"), read);
        assertNull(read.get("D4"));
    }

    @Test
    void theObjectMariaDbAggregatedFromTheOldNodeRowsReadsTheSame() {
        // V420 fills node_origins with JSON_OBJECTAGG, which spaces its output like this.
        assertEquals(Map.of("D1", "D1", "PL1", "PL1"), NodeOrigins.read("{\"D1\":\"D1\", \"PL1\":\"PL1\"}"));
        assertTrue(NodeOrigins.read("{}").isEmpty());
    }
}
