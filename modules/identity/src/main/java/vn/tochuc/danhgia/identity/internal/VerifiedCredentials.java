package vn.tochuc.danhgia.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes, that a password was verified against a stored hash, so that an API client sending
 * HTTP Basic on every request does not pay a deliberately slow PBKDF2 computation each time.
 *
 * <p>Only a keyed HMAC of the password is kept (the key is random and lives in memory only). An entry is valid only
 * for the exact stored hash it was checked against: a password change or reset makes it useless at once.
 */
@ApplicationScoped
public class VerifiedCredentials {

    static final Duration TTL = Duration.ofMinutes(10);

    private record Entry(String storedHash, byte[] mac, Instant expires) {}

    private final byte[] key = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public VerifiedCredentials() {
        new SecureRandom().nextBytes(key);
    }

    boolean matches(String username, String password, String storedHash, Instant now) {
        Entry entry = entries.get(username);
        if (entry == null || now.isAfter(entry.expires()) || !entry.storedHash().equals(storedHash)) {
            return false;
        }
        return MessageDigest.isEqual(entry.mac(), mac(password));
    }

    void remember(String username, String password, String storedHash, Instant now) {
        if (entries.size() > 10_000) {
            entries.clear();
        }
        entries.put(username, new Entry(storedHash, mac(password), now.plus(TTL)));
    }

    void forget(String username) {
        entries.remove(username);
    }

    private byte[] mac(String password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            return hmac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
