package vn.tochuc.danhgia.criteria.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceFileCheckTest {

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void namesTheFileServiceLoaderReads() {
        assertEquals("META-INF/services/vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory",
                ServiceFileCheck.SERVICE_FILE);
    }

    @Test
    void readsProvidersLikeServiceLoaderIgnoringCommentsAndBlankLines() {
        String content = "# Sở Tài chính\n\n  vn.example.StcFactory  # the factory\r\n";

        assertEquals(List.of("vn.example.StcFactory"), ServiceFileCheck.providers(content));
        assertEquals(List.of(), ServiceFileCheck.check(content, "vn.example.StcFactory"));
    }

    @Test
    void rejectsAMissingOrEmptyServiceFile() {
        assertEquals(List.of("NO_PROVIDER"), codes(ServiceFileCheck.check(null)));
        assertEquals(List.of("NO_PROVIDER"), codes(ServiceFileCheck.check("# nothing here\n")));
    }

    @Test
    void rejectsTwoProviders() {
        List<Finding> findings = ServiceFileCheck.check("a.OneFactory\nb.TwoFactory\n");

        assertEquals(List.of("MANY_PROVIDERS"), codes(findings));
        assertEquals("Plugin đăng ký 2 lớp trong META-INF/services; chỉ được đăng ký đúng một lớp.",
                findings.get(0).messageVi());
    }

    @Test
    void countsARepeatedLineOnceAsServiceLoaderDoes() {
        assertEquals(List.of(), ServiceFileCheck.check("a.OneFactory\na.OneFactory\n"));
    }

    @Test
    void rejectsAProviderOtherThanTheFactoryUnderTest() {
        assertEquals(List.of("PROVIDER_MISMATCH"), codes(ServiceFileCheck.check("a.Other\n", "a.OneFactory")));
    }
}
