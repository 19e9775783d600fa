package vn.tochuc.danhgia.criteria;

import java.time.LocalDate;

/**
 * A certificate whose key the host trusts to sign plugins.
 *
 * @param fingerprint its SHA-256 fingerprint, hexadecimal, lower case; names it in the API
 * @param subject     its subject
 * @param issuer      its issuer (the subject again for a self-signed certificate)
 * @param validFrom   the first day it is valid (Asia/Ho_Chi_Minh)
 * @param validTo     the last day
 * @param expired     whether {@code validTo} has passed (an expired key still verifies JARs signed while it was
 *                    valid; revoke it to stop that)
 */
public record TrustedKeyView(String fingerprint, String subject, String issuer, LocalDate validFrom,
        LocalDate validTo, boolean expired) {}
