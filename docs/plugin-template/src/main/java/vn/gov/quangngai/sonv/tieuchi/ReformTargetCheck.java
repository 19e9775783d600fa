package vn.gov.quangngai.sonv.tieuchi;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import vn.tochuc.danhgia.criteria.spi.CheckMessage;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.Target;

/**
 * Sở Nội vụ's own rule, on top of the host's generic check: administrative reform is the department's headline
 * task, so the collective must set at least one target about it. Runs on incomplete targets too (the host calls it
 * even when its own check found errors), so it never assumes a field is filled in and never throws.
 */
final class ReformTargetCheck {

    static final String REFORM_REQUIRED = "snv.cai-cach-hanh-chinh-required";

    private ReformTargetCheck() {}

    static List<CheckMessage> check(Concretization concretization) {
        if (concretization.subjectType() != SubjectType.COLLECTIVE
                || concretization.targetsOf(Frameworks.TASK_RESULTS).stream().anyMatch(ReformTargetCheck::isReform)) {
            return List.of();
        }
        return List.of(CheckMessage.error(REFORM_REQUIRED, Frameworks.TASK_RESULTS, null,
                "Chưa có chỉ tiêu về cải cách hành chính; đây là nhiệm vụ trọng tâm của Sở Nội vụ."));
    }

    private static boolean isReform(Target target) {
        String text = fold(target.title() + " " + target.indicator());
        return text.contains("cai cach hanh chinh") || text.contains("par index");
    }

    /** Units type with or without diacritics: "Cải cách hành chính", "cai cach hanh chinh". */
    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
