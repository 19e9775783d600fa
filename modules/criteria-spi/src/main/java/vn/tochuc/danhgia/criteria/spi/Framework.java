package vn.tochuc.danhgia.criteria.spi;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The criteria framework (khung tiêu chí) for one subject type: groups of criteria, as a tree of {@link Criterion}.
 * The top-level nodes are the groups; their maximum points add up to {@link #SCALE}.
 *
 * @param subjectType who is evaluated with it
 * @param title       the Vietnamese title, e.g. "Khung tiêu chí đánh giá tập thể lãnh đạo, quản lý Sở Tài chính"
 * @param groups      the criteria groups, in the order shown
 */
public record Framework(SubjectType subjectType, String title, List<Criterion> groups) {

    /** Every framework is scored out of 100 points, the scale the thresholds 90/70/50 refer to. */
    public static final Points SCALE = Points.of(100);

    public Framework {
        title = Texts.orEmpty(title);
        groups = Texts.copy(groups);
    }

    public static Framework of(SubjectType subjectType, String title, Criterion... groups) {
        return new Framework(subjectType, title, List.of(groups));
    }

    /** The sum of the groups' maximum points. */
    public Points totalPoints() {
        return Points.sum(groups.stream().map(Criterion::maxPoints).toList());
    }

    /** Every node of the tree, depth first, parents before their children. */
    public Stream<Criterion> criteria() {
        return groups.stream().flatMap(Criterion::flatten);
    }

    public Optional<Criterion> criterion(String code) {
        return criteria().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The criteria the unit concretizes into targets, in tree order. */
    public List<Criterion> concretizedCriteria() {
        return criteria().filter(Criterion::isConcretized).toList();
    }
}
