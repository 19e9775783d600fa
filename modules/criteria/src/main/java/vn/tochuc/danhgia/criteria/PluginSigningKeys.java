package vn.tochuc.danhgia.criteria;

import java.util.List;

/**
 * The certificates whose keys may sign plugins (the host's trusted keystore, {@code trusted-plugin-keys.p12} in the
 * data folder). Several at once, so that an agency can sign with a new key before the old one is revoked. Every
 * change is audited; revoking a key fails every enabled version signed with it at once.
 */
public interface PluginSigningKeys {

    List<TrustedKeyView> list();

    /**
     * Trusts a certificate, uploaded as DER ({@code .cer}, {@code .crt}) or PEM ({@code .pem}).
     *
     * @throws vn.tochuc.danhgia.kernel.AppException 400 when it is not an X.509 certificate, 409 when it is trusted
     *         already
     */
    TrustedKeyView add(String fileName, byte[] content);

    /**
     * Stops trusting a certificate.
     *
     * @return the plugin versions ({@code id@version}) that were enabled, signed with it, and are now FAILED
     * @throws vn.tochuc.danhgia.kernel.AppException 404 when no such certificate is trusted
     */
    List<String> revoke(String fingerprint);
}
