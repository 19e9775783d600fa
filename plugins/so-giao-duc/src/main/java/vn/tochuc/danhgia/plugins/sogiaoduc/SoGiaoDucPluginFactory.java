package vn.tochuc.danhgia.plugins.sogiaoduc;

import java.util.List;
import vn.tochuc.danhgia.criteria.spi.CriteriaPlugin;
import vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory;
import vn.tochuc.danhgia.criteria.spi.PluginDescriptor;
import vn.tochuc.danhgia.criteria.spi.Regulations;
import vn.tochuc.danhgia.criteria.spi.YearRange;
import vn.tochuc.danhgia.criteria.support.CriteriaPlugins;

/** Sở Giáo dục và Đào tạo's criteria set for the years of Reg. 366-QĐ/TW. Needs no configuration. */
public final class SoGiaoDucPluginFactory implements CriteriaPluginFactory {

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("so-giao-duc", "1.0.0", "Bộ tiêu chí Sở Giáo dục và Đào tạo")
                .servingUnits("SGDDT")
                .basedOn(Regulations.QD_366, YearRange.of(2025, 2030));
    }

    @Override
    public CriteriaPlugin create() {
        // immutable and stateless, hence safe for the host's concurrent calls
        return CriteriaPlugins.of(List.of(CollectiveFramework.build(), ChiefFramework.build(), DeputyFramework.build()),
                EducationCheck::check);
    }
}
