package vn.tochuc.danhgia.criteria;

/**
 * Who signed a plugin JAR, as the host verified it.
 *
 * @param subject     the signer certificate's subject, e.g. {@code CN=Trung tâm CNTT, O=Tỉnh ủy Quảng Ngãi, C=VN}
 * @param fingerprint the SHA-256 fingerprint (hexadecimal, lower case) of the signer's certificate: for a
 *                    self-signed key, the trusted key to revoke to stop trusting it
 */
public record PluginSigner(String subject, String fingerprint) {}
