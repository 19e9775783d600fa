package vn.tochuc.danhgia.criteria.spi;

import java.util.List;
import java.util.stream.Stream;

/**
 * One node of a framework: a group, a criterion or a sub-criterion. Children's maximum points add up to their
 * parent's. A leaf may carry a {@link ConcretizationRule}: the unit then concretizes it into targets.
 *
 * <pre>{@code
 * Criterion.of("2", "Kết quả thực hiện nhiệm vụ chính trị được giao", 70)
 *         .withGuidance("Chấm theo mức độ hoàn thành từng chỉ tiêu ...")
 *         .withEvidence("Báo cáo quyết toán ngân sách địa phương")
 *         .concretizedBy(ConcretizationRule.targets(3, 10, 70));
 * }</pre>
 *
 * @param code           unique within its framework: letters, digits and {@code . - _}, e.g. {@code 1.a}
 * @param title          the Vietnamese title
 * @param maxPoints      the maximum points
 * @param guidance       how to score it (hướng dẫn chấm điểm), empty when obvious
 * @param evidence       the evidence expected (minh chứng), each item one document or data source
 * @param concretization how the unit must concretize it, or {@code null} when it is scored as written
 * @param children       the sub-criteria, empty for a leaf
 */
public record Criterion(
        String code,
        String title,
        Points maxPoints,
        String guidance,
        List<String> evidence,
        ConcretizationRule concretization,
        List<Criterion> children) {

    public Criterion {
        code = Texts.orEmpty(code);
        title = Texts.orEmpty(title);
        maxPoints = maxPoints == null ? Points.ZERO : maxPoints;
        guidance = Texts.orEmpty(guidance);
        evidence = Texts.copy(evidence);
        children = Texts.copy(children);
    }

    public static Criterion of(String code, String title, Points maxPoints) {
        return new Criterion(code, title, maxPoints, "", List.of(), null, List.of());
    }

    public static Criterion of(String code, String title, int maxPoints) {
        return of(code, title, Points.of(maxPoints));
    }

    public Criterion withGuidance(String text) {
        return new Criterion(code, title, maxPoints, text, evidence, concretization, children);
    }

    public Criterion withEvidence(String... items) {
        return new Criterion(code, title, maxPoints, guidance, List.of(items), concretization, children);
    }

    public Criterion concretizedBy(ConcretizationRule rule) {
        return new Criterion(code, title, maxPoints, guidance, evidence, rule, children);
    }

    public Criterion withChildren(Criterion... subCriteria) {
        return new Criterion(code, title, maxPoints, guidance, evidence, concretization, List.of(subCriteria));
    }

    public boolean isConcretized() {
        return concretization != null;
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** This node and all below it, depth first. */
    public Stream<Criterion> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(Criterion::flatten));
    }
}
