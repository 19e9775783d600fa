package vn.gov.quangngai.sonv.tieuchi;

import java.util.List;
import vn.tochuc.danhgia.criteria.spi.CriteriaPlugin;
import vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory;
import vn.tochuc.danhgia.criteria.spi.PluginDescriptor;
import vn.tochuc.danhgia.criteria.spi.Regulations;
import vn.tochuc.danhgia.criteria.spi.YearRange;
import vn.tochuc.danhgia.criteria.support.CriteriaPlugins;

/**
 * Sở Nội vụ's criteria set for the years of Reg. 366-QĐ/TW. The host finds this class through
 * {@code META-INF/services/vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory}; it needs no configuration.
 */
public final class SoNoiVuPluginFactory implements CriteriaPluginFactory {

    /**
     * The artifactId and version of pom.xml, which the build stamps into the manifest. The host refuses a JAR whose
     * manifest and descriptor differ, and so does the test kit, so a version bump missed here fails the build.
     */
    static final String ID = "so-noi-vu";
    static final String VERSION = "1.0.0";

    /** The unit code of Sở Nội vụ in the host's unit list. */
    static final String UNIT = "SNV";

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, VERSION, "Bộ tiêu chí Sở Nội vụ")
                .servingUnits(UNIT)
                .basedOn(Regulations.QD_366, YearRange.of(2025, 2030));
    }

    /**
     * Built once and immutable afterwards: the host calls one instance from many threads at once. The plugin itself
     * comes from criteria-support, which the build packs into this plugin's JAR.
     */
    @Override
    public CriteriaPlugin create() {
        return CriteriaPlugins.of(List.of(Frameworks.collective(), Frameworks.chief(), Frameworks.deputy()),
                ReformTargetCheck::check);
    }
}
