package vn.tochuc.danhgia.kernel.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tochuc.danhgia.kernel.PdfConverter;

/**
 * The application's {@link PdfConverter}, configured by {@code app.office.path} (the soffice binary; blank: the
 * usual places), {@code app.office.timeout-seconds} (60) and {@code app.office.parallel} (1 conversion at a time).
 */
@ApplicationScoped
public class OfficePdfConverter implements PdfConverter {

    @Inject
    @ConfigProperty(name = "app.office.path")
    Optional<String> path;

    @Inject
    @ConfigProperty(name = "app.office.timeout-seconds", defaultValue = "60")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "app.office.parallel", defaultValue = "1")
    int parallel;

    private LibreOfficeConverter converter;

    @PostConstruct
    void start() {
        converter = new LibreOfficeConverter(path.orElse(""), Duration.ofSeconds(timeoutSeconds), parallel);
    }

    @PreDestroy
    void stop() {
        converter.close();
    }

    @Override
    public byte[] toPdf(byte[] document, String extension) {
        return converter.toPdf(document, extension);
    }

    @Override
    public boolean available() {
        return converter.available();
    }
}
