package vn.tochuc.danhgia.criteria.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.tochuc.danhgia.criteria.PluginSigningKeys;
import vn.tochuc.danhgia.criteria.TrustedKeyView;
import vn.tochuc.danhgia.criteria.internal.PluginSettings;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Zones;
import vn.tochuc.danhgia.kernel.web.FacesErrors;

/**
 * Backs the trusted-keys part of {@code it/plugins.xhtml}: the certificates whose keys may sign plugins, adding one
 * from a {@code .cer}/{@code .pem} file and revoking one (after a confirmation), and whether unsigned plugins are
 * accepted, which the screen shows as a warning.
 */
@Named
@ViewScoped
public class PluginKeysView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PluginSigningKeys keys;

    @Inject
    transient PluginSettings settings;

    private List<TrustedKeyView> trusted = List.of();

    @PostConstruct
    public void load() {
        try {
            trusted = keys.list();
        } catch (AppException e) {
            trusted = List.of();
            FacesErrors.show(e);
        }
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            TrustedKeyView added = keys.add(file.getFileName(), file.getContent());
            FacesErrors.info("criteria.keys.added", added.subject());
        } catch (AppException e) {
            FacesErrors.show(e);
        }
        load();
    }

    public void revoke(TrustedKeyView key) {
        try {
            List<String> failed = keys.revoke(key.fingerprint());
            FacesErrors.info("criteria.keys.revoked", key.subject(), failed.isEmpty() ? "—" : String.join(", ",
                    failed));
        } catch (AppException e) {
            FacesErrors.show(e);
        }
        load();
    }

    public String date(LocalDate day) {
        return day == null ? "" : day.format(java.time.format.DateTimeFormatter.ofPattern(Zones.DATE_PATTERN));
    }

    /** The fingerprint as {@code AB:CD:…}, the way {@code keytool -list -v} prints it, to compare by eye. */
    public String colons(String fingerprint) {
        return fingerprint.toUpperCase(java.util.Locale.ROOT).replaceAll("(..)(?!$)", "$1:");
    }

    public List<TrustedKeyView> getTrusted() {
        return trusted;
    }

    public boolean isUnsignedAllowed() {
        return !settings.requireSigned();
    }
}
