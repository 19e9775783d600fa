package vn.tochuc.danhgia.criteria.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.spi.CriteriaPlugin;
import vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.PluginConfig;
import vn.tochuc.danhgia.criteria.spi.PluginDescriptor;

class PluginCheckerTest {

    /** A factory whose steps are lambdas, so that each test can break one of them. */
    private record Factory(
            Supplier<PluginDescriptor> descriptorStep,
            Runnable initStep,
            Supplier<List<Framework>> frameworksStep) implements CriteriaPluginFactory {

        static Factory good() {
            return new Factory(DraftFrameworks::descriptor, () -> {}, DraftFrameworks::all);
        }

        @Override
        public PluginDescriptor descriptor() {
            return descriptorStep.get();
        }

        @Override
        public void init(PluginConfig config) {
            initStep.run();
        }

        @Override
        public CriteriaPlugin create() {
            return () -> frameworksStep.get();
        }
    }

    @Test
    void enablesAPluginWhoseDeclarationsAreConsistent() {
        Inspection inspection = PluginChecker.inspect(Factory.good(), PluginConfig.empty());

        assertTrue(inspection.ok(), inspection.report().describe());
        assertEquals("so-tai-chinh", inspection.descriptor().id());
        assertEquals(3, inspection.frameworks().size());
    }

    @Test
    void passesTheConfigurationToInit() {
        AtomicReference<PluginConfig> received = new AtomicReference<>();
        Factory factory = new Factory(DraftFrameworks::descriptor, () -> {}, DraftFrameworks::all);
        CriteriaPluginFactory recording = new CriteriaPluginFactory() {
            @Override
            public PluginDescriptor descriptor() {
                return factory.descriptor();
            }

            @Override
            public void init(PluginConfig config) {
                received.set(config);
            }

            @Override
            public CriteriaPlugin create() {
                return factory.create();
            }
        };

        PluginChecker.inspect(recording, new PluginConfig(Map.of("nguong", "95")));

        assertEquals("95", received.get().get("nguong", ""));
    }

    @Test
    void containsAPluginThatThrowsInInitAndStopsThere() {
        Factory factory = new Factory(DraftFrameworks::descriptor, () -> {
            throw new IllegalStateException("thiếu cấu hình");
        }, DraftFrameworks::all);

        Inspection inspection = PluginChecker.inspect(factory, PluginConfig.empty());

        assertFalse(inspection.ok());
        assertNull(inspection.plugin());
        assertEquals(List.of("PLUGIN_INIT_FAILED"), List.copyOf(inspection.report().codes()));
        assertEquals("Plugin gặp lỗi khi khởi tạo (init): java.lang.IllegalStateException: thiếu cấu hình",
                inspection.report().findings().get(0).messageVi());
    }

    @Test
    void containsLinkageErrorsOfAPluginBuiltAgainstAnotherSpi() {
        Factory factory = new Factory(() -> {
            throw new NoSuchMethodError("vn.tochuc.danhgia.criteria.spi.PluginDescriptor.of2");
        }, () -> {}, DraftFrameworks::all);

        Inspection inspection = PluginChecker.inspect(factory, PluginConfig.empty());

        assertEquals(List.of("PLUGIN_DESCRIPTOR_FAILED"), List.copyOf(inspection.report().codes()));
    }

    @Test
    void treatsANullAnswerAsAFailure() {
        Factory factory = new Factory(DraftFrameworks::descriptor, () -> {}, () -> null);

        Inspection inspection = PluginChecker.inspect(factory, null);

        assertFalse(inspection.ok());
        assertEquals(List.of("PLUGIN_FRAMEWORKS_FAILED"), List.copyOf(inspection.report().codes()));
    }

    @Test
    void reportsDescriptorAndFrameworkFindingsTogether() {
        Factory factory = new Factory(() -> PluginDescriptor.of("Bad_Id", "1.0.0", "Tên").servingUnits("STC")
                .basedOn("Quy định 366-QĐ/TW", DraftFrameworks.descriptor().years()),
                () -> {}, () -> List.of(DraftFrameworks.collective(), DraftFrameworks.chief()));

        CheckReport report = PluginChecker.inspect(factory, PluginConfig.empty()).report();

        assertEquals(List.of("PLUGIN_ID_INVALID", "SUBJECT_TYPE_MISSING"), List.copyOf(report.codes()));
        assertFalse(report.ok());
    }

    @Test
    void checksDeclarationsWithoutCallingThePlugin() {
        CheckReport report = PluginChecker.check(DraftFrameworks.descriptor(), DraftFrameworks.all());

        assertTrue(report.ok());
        assertTrue(report.findings().isEmpty());
    }
}
