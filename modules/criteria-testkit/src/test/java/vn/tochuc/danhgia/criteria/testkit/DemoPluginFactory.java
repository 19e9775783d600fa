package vn.tochuc.danhgia.criteria.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.criteria.spi.CheckMessage;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.ConcretizationRule;
import vn.tochuc.danhgia.criteria.spi.CriteriaPlugin;
import vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory;
import vn.tochuc.danhgia.criteria.spi.Criterion;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.PluginDescriptor;
import vn.tochuc.danhgia.criteria.spi.Regulations;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.Target;
import vn.tochuc.danhgia.criteria.spi.YearRange;

/** A small well-formed plugin, registered in this module's test {@code META-INF/services}. */
public class DemoPluginFactory implements CriteriaPluginFactory {

    static final String OVER_100 = "demo.percentage-over-100";

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("demo-plugin", "1.0.0", "Plugin thử nghiệm").servingUnits("STC")
                .basedOn(Regulations.QD_366, YearRange.of(2025, 2030));
    }

    @Override
    public CriteriaPlugin create() {
        return new CriteriaPlugin() {
            @Override
            public List<Framework> frameworks() {
                return DemoPluginFactory.frameworks(10);
            }

            @Override
            public List<CheckMessage> check(Concretization concretization) {
                List<CheckMessage> messages = new ArrayList<>();
                concretization.targets().forEach((code, targets) -> {
                    for (int i = 0; i < targets.size(); i++) {
                        Target t = targets.get(i);
                        if (t.isPercentage() && t.targetValue() != null
                                && t.targetValue().compareTo(BigDecimal.valueOf(100)) > 0) {
                            messages.add(CheckMessage.error(OVER_100, code, i, "Tỷ lệ không được vượt quá 100%."));
                        }
                    }
                });
                return messages;
            }
        };
    }

    static List<Framework> frameworks(int pointsOf1c) {
        return List.of(
                Framework.of(SubjectType.COLLECTIVE, "Tập thể",
                        Criterion.of("1", "Xây dựng Đảng", 30).withChildren(
                                Criterion.of("1.a", "Chính trị, tư tưởng", 10),
                                Criterion.of("1.b", "Đoàn kết nội bộ", 10),
                                Criterion.of("1.c", "Tổ chức, cán bộ", pointsOf1c)),
                        Criterion.of("2", "Kết quả thực hiện nhiệm vụ", 70)
                                .concretizedBy(ConcretizationRule.targets(3, 10, 70))),
                Framework.of(SubjectType.CHIEF, "Cấp trưởng",
                        Criterion.of("1", "Chính trị tư tưởng", 30),
                        Criterion.of("2", "Kết quả thực hiện chức trách", 70)
                                .concretizedBy(ConcretizationRule.targets(3, 10, 70))),
                Framework.of(SubjectType.DEPUTY, "Cấp phó",
                        Criterion.of("1", "Chính trị tư tưởng", 30),
                        Criterion.of("2", "Kết quả nhiệm vụ phụ trách", 70).withChildren(
                                Criterion.of("2.a", "Chỉ tiêu lĩnh vực phụ trách", 50)
                                        .concretizedBy(ConcretizationRule.targets(2, 8, 50)),
                                Criterion.of("2.b", "Tham mưu", 20))));
    }
}
