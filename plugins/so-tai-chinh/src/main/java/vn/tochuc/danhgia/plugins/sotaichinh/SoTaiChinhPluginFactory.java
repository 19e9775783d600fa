package vn.tochuc.danhgia.plugins.sotaichinh;

import java.util.List;
import vn.tochuc.danhgia.criteria.spi.CriteriaPlugin;
import vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory;
import vn.tochuc.danhgia.criteria.spi.PluginDescriptor;
import vn.tochuc.danhgia.criteria.spi.Regulations;
import vn.tochuc.danhgia.criteria.spi.YearRange;
import vn.tochuc.danhgia.criteria.support.CriteriaPlugins;

/** Sở Tài chính's criteria set for the years of Reg. 366-QĐ/TW. Needs no configuration. */
public final class SoTaiChinhPluginFactory implements CriteriaPluginFactory {

    /** Must equal {@code plugin.id} and {@code plugin.version} in the POM; the test kit checks it. */
    static final String ID = "so-tai-chinh";
    static final String VERSION = "1.0.0";

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, VERSION, "Bộ tiêu chí Sở Tài chính")
                .servingUnits("STC")
                .basedOn(Regulations.QD_366, YearRange.of(2025, 2030));
    }

    @Override
    public CriteriaPlugin create() {
        // immutable after construction, hence safe for the host's concurrent calls
        return CriteriaPlugins.of(List.of(CollectiveFramework.build(), ChiefFramework.build(), DeputyFramework.build()),
                FinanceCheck::check, ProportionalScoring::suggest);
    }
}
