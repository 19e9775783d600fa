package vn.tochuc.danhgia.consolidation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who issues the report and how it looks, from {@code consolidation.report.*} (Quảng Ngãi defaults). See
 * {@code config/app.properties.example}.
 */
@ApplicationScoped
public class ReportSettings {

    @Inject
    @ConfigProperty(name = "consolidation.report.issuer-parent", defaultValue = "TỈNH ỦY QUẢNG NGÃI")
    String issuerParent;

    @Inject
    @ConfigProperty(name = "consolidation.report.issuer", defaultValue = "BAN TỔ CHỨC")
    String issuer;

    @Inject
    @ConfigProperty(name = "consolidation.report.issuer-name", defaultValue = "Ban Tổ chức Tỉnh ủy")
    String issuerName;

    @Inject
    @ConfigProperty(name = "consolidation.report.place", defaultValue = "Quảng Ngãi")
    String place;

    @Inject
    @ConfigProperty(name = "consolidation.report.number-suffix", defaultValue = "-BC/BTCTU")
    String numberSuffix;

    @Inject
    @ConfigProperty(name = "consolidation.report.addressee", defaultValue = "Ban Thường vụ Tỉnh ủy")
    String addressee;

    @Inject
    @ConfigProperty(name = "consolidation.report.signer-title", defaultValue = "TRƯỞNG BAN")
    String signerTitle;

    @Inject
    @ConfigProperty(name = "consolidation.report.font-size", defaultValue = "14")
    int fontSize;

    /** The values as the report model takes them. */
    public Values values() {
        return new Values(issuerParent, issuer, issuerName, place, numberSuffix, addressee, signerTitle,
                Math.max(13, Math.min(14, fontSize)));
    }

    /** The settings, plain, so that the report model is built and tested without CDI. */
    public record Values(String issuerParent, String issuer, String issuerName, String place, String numberSuffix,
            String addressee, String signerTitle, int fontSize) {

        public static Values quangNgai() {
            return new Values("TỈNH ỦY QUẢNG NGÃI", "BAN TỔ CHỨC", "Ban Tổ chức Tỉnh ủy", "Quảng Ngãi", "-BC/BTCTU",
                    "Ban Thường vụ Tỉnh ủy", "TRƯỞNG BAN", 14);
        }
    }
}
