package vn.tochuc.danhgia.plugins.sotaichinh;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tochuc.danhgia.criteria.spi.CriterionScore;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.ScoringHint;
import vn.tochuc.danhgia.criteria.spi.ScoringRequest;
import vn.tochuc.danhgia.criteria.spi.Target;

/**
 * Suggests points in proportion to achievement: a target's points × achieved / target value, at most its points,
 * rounded down to a tenth. Fits the finance targets, which are all "higher is better" (disbursement, revenue,
 * settled projects). Unmeasured targets get 0 and say so.
 */
final class ProportionalScoring {

    static final String EXPLANATION = "Điểm gợi ý của mỗi chỉ tiêu = điểm của chỉ tiêu × (giá trị đạt được / giá trị "
            + "chỉ tiêu), tối đa bằng điểm của chỉ tiêu, làm tròn xuống 0,1 điểm. Chỉ tiêu chưa có số liệu: 0 điểm.";

    private ProportionalScoring() {}

    static Optional<ScoringHint> suggest(ScoringRequest request) {
        if (request.measurements().isEmpty()) {
            return Optional.empty();
        }
        List<CriterionScore> scores = new ArrayList<>();
        for (Map.Entry<String, List<Target>> entry : request.concretization().targets().entrySet()) {
            scores.add(score(request, entry.getKey(), entry.getValue()));
        }
        return Optional.of(new ScoringHint(scores, EXPLANATION));
    }

    private static CriterionScore score(ScoringRequest request, String code, List<Target> targets) {
        List<Points> perTarget = new ArrayList<>();
        int unmeasured = 0;
        for (int i = 0; i < targets.size(); i++) {
            Optional<BigDecimal> achieved = request.achieved(code, i);
            Target target = targets.get(i);
            if (achieved.isEmpty() || target.targetValue() == null || target.targetValue().signum() <= 0) {
                unmeasured++;
                perTarget.add(Points.ZERO);
            } else {
                perTarget.add(proportion(target.points(), achieved.get(), target.targetValue()));
            }
        }
        String reason = unmeasured == 0 ? "Đủ số liệu của tất cả chỉ tiêu."
                : unmeasured + " chỉ tiêu chưa có số liệu hoặc chưa có giá trị chỉ tiêu dương.";
        return new CriterionScore(code, Points.sum(perTarget), perTarget, reason);
    }

    private static Points proportion(Points points, BigDecimal achieved, BigDecimal target) {
        BigDecimal ratio = achieved.max(BigDecimal.ZERO).divide(target, 6, RoundingMode.DOWN).min(BigDecimal.ONE);
        int tenths = ratio.multiply(BigDecimal.valueOf(points.tenths())).setScale(0, RoundingMode.DOWN).intValueExact();
        return Points.ofTenths(tenths);
    }
}
