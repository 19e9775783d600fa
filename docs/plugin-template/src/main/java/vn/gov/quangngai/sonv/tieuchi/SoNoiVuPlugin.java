package vn.gov.quangngai.sonv.tieuchi;

import java.util.List;
import vn.tochuc.danhgia.criteria.spi.CheckMessage;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.CriteriaPlugin;
import vn.tochuc.danhgia.criteria.spi.Framework;

/** Built once and immutable afterwards: the host calls one instance from many threads at once. */
final class SoNoiVuPlugin implements CriteriaPlugin {

    private final List<Framework> frameworks =
            List.of(Frameworks.collective(), Frameworks.chief(), Frameworks.deputy());

    @Override
    public List<Framework> frameworks() {
        return frameworks;
    }

    @Override
    public List<CheckMessage> check(Concretization concretization) {
        return ReformTargetCheck.check(concretization);
    }
}
