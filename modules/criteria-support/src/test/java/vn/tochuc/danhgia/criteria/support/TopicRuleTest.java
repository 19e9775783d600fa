package vn.tochuc.danhgia.criteria.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.spi.CheckMessage;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.Severity;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.Target;

class TopicRuleTest {

    private static final TopicRule RULE = TopicRule.about("x.giai-ngan", "giai ngan", "von dau tu")
            .required(SubjectType.COLLECTIVE, "Tập thể cần chỉ tiêu giải ngân.")
            .advised(SubjectType.CHIEF, "Cấp trưởng nên có chỉ tiêu giải ngân.")
            .advisedForDeputiesIn("Cấp phó phụ trách đầu tư nên có chỉ tiêu giải ngân.", "dau tu", "gia");

    private static Concretization with(SubjectType subject, String title) {
        return Concretization.of(subject, "STC", 2026).withTargets(subject == SubjectType.DEPUTY ? "2.a" : "2",
                List.of(new Target(title, null, null, null, null, null, null)));
    }

    @Test
    void findsNothingWhenATargetMentionsTheTopic() {
        for (SubjectType subject : SubjectType.values()) {
            assertEquals(Optional.empty(), RULE.check(with(subject, "Tỷ lệ GIẢI NGÂN")));
            assertEquals(Optional.empty(), RULE.check(with(subject, "Vốn đầu tư công")));
        }
    }

    @Test
    void requiresOrAdvisesTheTopicByWhoseTargetsTheyAre() {
        assertEquals(Optional.of(new CheckMessage(Severity.ERROR, "x.giai-ngan", "2", null,
                "Tập thể cần chỉ tiêu giải ngân.")), RULE.check(with(SubjectType.COLLECTIVE, "Thu ngân sách")));
        assertEquals(Optional.of(new CheckMessage(Severity.WARNING, "x.giai-ngan", "2", null,
                "Cấp trưởng nên có chỉ tiêu giải ngân.")), RULE.check(with(SubjectType.CHIEF, "Thu ngân sách")));
    }

    @Test
    void advisesADeputyOnlyWhenHisFieldIsConcerned() {
        Concretization deputy = with(SubjectType.DEPUTY, "Thu ngân sách");

        assertEquals(Optional.empty(), RULE.check(deputy));
        assertEquals(Optional.empty(), RULE.check(deputy.withDeputyField("Ngân sách")));
        assertEquals(List.of(Severity.WARNING), RULE.checkAll(deputy.withDeputyField("ĐẦU TƯ công"))
                .stream().map(CheckMessage::severity).toList());
        assertEquals("2.a", RULE.check(deputy.withDeputyField("Quản lý giá")).orElseThrow().criterionCode());
    }

    @Test
    void putsTheMessageAtTheCriterionItIsGiven() {
        TopicRule atGroup = TopicRule.about("x.z", "giai ngan").advised(SubjectType.DEPUTY, "2", "Nên.");

        assertEquals("2", atGroup.check(with(SubjectType.DEPUTY, "Khác")).orElseThrow().criterionCode());
    }

    @Test
    void addsCasesWithoutChangingTheRuleItWasMadeFrom() {
        TopicRule collectiveOnly = TopicRule.about("x.y", "giai ngan").required(SubjectType.COLLECTIVE, "Cần.");

        collectiveOnly.advised(SubjectType.CHIEF, "Nên.");

        assertTrue(collectiveOnly.checkAll(with(SubjectType.CHIEF, "Khác")).isEmpty());
        assertEquals(1, collectiveOnly.checkAll(with(SubjectType.COLLECTIVE, "Khác")).size());
    }
}
