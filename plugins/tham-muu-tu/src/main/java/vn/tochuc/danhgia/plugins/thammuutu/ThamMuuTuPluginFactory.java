package vn.tochuc.danhgia.plugins.thammuutu;

import java.util.List;
import vn.tochuc.danhgia.criteria.spi.CriteriaPlugin;
import vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory;
import vn.tochuc.danhgia.criteria.spi.PluginDescriptor;
import vn.tochuc.danhgia.criteria.spi.Regulations;
import vn.tochuc.danhgia.criteria.spi.YearRange;
import vn.tochuc.danhgia.criteria.support.CriteriaPlugins;

/** The advisory bodies' criteria set for the years of Reg. 366-QĐ/TW. Needs no configuration. */
public final class ThamMuuTuPluginFactory implements CriteriaPluginFactory {

    /** The unit group served, as in the units list. */
    static final String GROUP = "THAM_MUU_TU";

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("tham-muu-tu", "1.0.0",
                        "Bộ tiêu chí các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy")
                .servingGroups(GROUP)
                .basedOn(Regulations.QD_366, YearRange.of(2025, 2030));
    }

    @Override
    public CriteriaPlugin create() {
        // immutable and stateless, hence safe for the host's concurrent calls
        return CriteriaPlugins.of(List.of(CollectiveFramework.build(), ChiefFramework.build(), DeputyFramework.build()),
                AdvisoryCheck::check);
    }
}
