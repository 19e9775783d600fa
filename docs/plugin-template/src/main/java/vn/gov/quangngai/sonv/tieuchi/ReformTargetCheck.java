package vn.gov.quangngai.sonv.tieuchi;

import java.util.List;
import vn.tochuc.danhgia.criteria.spi.CheckMessage;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.support.TopicRule;

/**
 * Sở Nội vụ's own rule, on top of the host's generic check: administrative reform is the department's headline
 * task, so the collective must set at least one target about it. The host calls it on incomplete targets too (even
 * when its own check found errors); {@link TopicRule} of criteria-support never assumes a field is filled in, and
 * matches what units type with or without diacritics ("Cải cách hành chính", "cai cach hanh chinh").
 */
final class ReformTargetCheck {

    static final String REFORM_REQUIRED = "snv.cai-cach-hanh-chinh-required";

    /** Phrases folded as {@code Keywords.fold} does: lower case, without diacritics. */
    private static final TopicRule REFORM = TopicRule.about(REFORM_REQUIRED, "cai cach hanh chinh", "par index")
            .required(SubjectType.COLLECTIVE, Frameworks.TASK_RESULTS,
                    "Chưa có chỉ tiêu về cải cách hành chính; đây là nhiệm vụ trọng tâm của Sở Nội vụ.");

    private ReformTargetCheck() {}

    static List<CheckMessage> check(Concretization concretization) {
        return REFORM.checkAll(concretization);
    }
}
