package vn.tochuc.danhgia.consolidation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.consolidation.web.WordDiff.Segment;

/** The side-by-side view strikes out the removed words on the left and marks the added ones on the right. */
class WordDiffTest {

    private static String render(List<Segment> segments) {
        StringBuilder out = new StringBuilder();
        segments.forEach(s -> out.append(s.kept() ? s.text() : "[" + s.kind() + ":" + s.text() + "]"));
        return out.toString();
    }

    @Test
    void marksTheChangedWordsOnEachSide() {
        String before = "1. Nhóm tiêu chí về xây dựng Đảng: tối đa 30 điểm, trong đó:";
        String after = "1. Nhóm tiêu chí về xây dựng Đảng và hệ thống chính trị: tối đa 35 điểm, trong đó:";

        String left = render(WordDiff.before(before, after));
        String right = render(WordDiff.after(before, after));

        assertEquals("1. Nhóm tiêu chí về xây dựng [del:Đảng:] tối đa [del:30] điểm, trong đó:", left);
        assertEquals("1. Nhóm tiêu chí về xây dựng [ins:Đảng và hệ thống chính trị: ]tối đa [ins:35] điểm, trong đó:",
                right);
    }

    @Test
    void joiningTheSegmentsOfASideGivesItsTextBack() {
        String before = "a) Lãnh đạo, chỉ đạo công tác chính trị;\nthực hiện quy chế";
        String after = "a) Lãnh đạo công tác chính trị, tư tưởng;\nthực hiện quy chế làm việc";

        assertEquals(before, String.join("", WordDiff.before(before, after).stream().map(Segment::text).toList()));
        assertEquals(after, String.join("", WordDiff.after(before, after).stream().map(Segment::text).toList()));
        assertEquals(List.of(new Segment("ins", after)), WordDiff.after(null, after), "an added node is all new");
        assertEquals(List.of(), WordDiff.after(before, null), "a deleted node has no new side");
    }
}
