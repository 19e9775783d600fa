package vn.tochuc.danhgia.kernel.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON binding for the API: a property the resource does not know is an error, not something silently dropped,
 * because a client that misspells {@code parentCode} must learn that its value was not applied.
 */
@Provider
public class StrictJsonb implements ContextResolver<Jsonb> {

    /** Yasson's switch; other JSON-B providers ignore it. */
    static final String FAIL_ON_UNKNOWN = "jsonb.fail-on-unknown-properties";

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().setProperty(FAIL_ON_UNKNOWN, true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
