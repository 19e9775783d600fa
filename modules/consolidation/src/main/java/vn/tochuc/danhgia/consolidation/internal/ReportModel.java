package vn.tochuc.danhgia.consolidation.internal;

import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.tochuc.danhgia.consolidation.ConsolidationReport;
import vn.tochuc.danhgia.consolidation.Progress;
import vn.tochuc.danhgia.consolidation.ReportRow;
import vn.tochuc.danhgia.consolidation.ReportSummary;
import vn.tochuc.danhgia.consolidation.domain.Disposition;
import vn.tochuc.danhgia.consultations.ConsultationView;
import vn.tochuc.danhgia.consultations.RecipientStatus;
import vn.tochuc.danhgia.consultations.StatusCounts;
import vn.tochuc.danhgia.consultations.SubmittedComment;
import vn.tochuc.danhgia.consultations.UnitAnswerStatus;
import vn.tochuc.danhgia.kernel.Zones;

/**
 * Builds the report from the data, pure: the rows in document order (by node, then by unit name in Vietnamese
 * alphabetical order), a group of identical comments as one row at its first member's place listing every member's
 * unit, the summary counts and the units that did not answer.
 */
public final class ReportModel {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Collator VIETNAMESE = Collator.getInstance(VI);

    private ReportModel() {}

    /** The inputs, read by the service. */
    public record Inputs(ConsultationView consultation, String documentTitle, StatusCounts counts,
            List<RecipientStatus> recipients, List<SubmittedComment> comments, List<Disposition> dispositions,
            LocalDate today) {}

    public static ConsolidationReport build(Inputs in, ReportSettings.Values s) {
        Map<Long, Disposition> decisions = Rows.byComment(in.dispositions());
        Progress progress = Rows.progress(in.comments(), decisions);
        StatusCounts n = in.counts();
        ReportSummary summary = new ReportSummary(n.recipients(), n.submitted() + n.late(), n.agree(),
                n.withComments(), n.late(), n.notAnswered(), in.comments().size(), progress);
        List<String> silent = in.recipients().stream().filter(r -> r.status() == UnitAnswerStatus.NOT_OPENED
                || r.status() == UnitAnswerStatus.OPENED || r.status() == UnitAnswerStatus.DRAFT)
                .map(RecipientStatus::unitName).sorted(VIETNAMESE).toList();
        return new ConsolidationReport(in.consultation().id(), s.issuerParent(), s.issuer(),
                "Số        " + s.numberSuffix(), s.place() + ", " + dateWords(in.today()), in.today(),
                "Tổng hợp, tiếp thu, giải trình ý kiến góp ý đối với dự thảo " + sentence(in.documentTitle()),
                intro(in, s), summary, rows(in.comments(), decisions), silent,
                List.of("- " + s.addressee() + " (báo cáo),", "- Lưu " + s.issuerName() + "."), s.signerTitle());
    }

    /** The table: one row per comment, or per group of identical comments, in document order. */
    public static List<ReportRow> rows(List<SubmittedComment> comments, Map<Long, Disposition> decisions) {
        // Collation keys once per unit name: comparing keys is cheap, collating strings 800,000 times is not.
        Map<String, CollationKey> names = new HashMap<>();
        comments.forEach(c -> names.computeIfAbsent(c.unitName(), VIETNAMESE::getCollationKey));
        List<SubmittedComment> ordered = new ArrayList<>(comments);
        ordered.sort(Comparator.comparingInt(SubmittedComment::nodeOrder)
                .thenComparing(c -> names.get(c.unitName())).thenComparingLong(SubmittedComment::id));
        Map<Long, List<Long>> groups = Rows.groups(new ArrayList<>(decisions.values()));
        Map<Long, SubmittedComment> byComment = new HashMap<>();
        Map<Long, Integer> position = new HashMap<>();
        for (SubmittedComment c : ordered) {
            byComment.put(c.commentId(), c);
            position.put(c.commentId(), position.size());
        }
        Set<Long> done = new HashSet<>();
        List<ReportRow> rows = new ArrayList<>();
        for (SubmittedComment c : ordered) {
            if (!done.add(c.commentId())) {
                continue;
            }
            Disposition d = decisions.get(c.commentId());
            List<SubmittedComment> members = new ArrayList<>(List.of(c));
            if (d != null && d.groupId() != null) {
                groups.getOrDefault(d.groupId(), List.of()).stream().filter(id -> id != c.commentId())
                        .map(byComment::get).filter(java.util.Objects::nonNull)
                        .sorted(Comparator.comparingInt(m -> position.get(m.commentId()))).forEach(m -> {
                            members.add(m);
                            done.add(m.commentId());
                        });
            }
            Set<String> units = new LinkedHashSet<>();
            members.forEach(m -> units.add(m.unitName()));
            rows.add(new ReportRow(rows.size() + 1, c.path(), c.nodeOrder(), Provisions.cite(c.path(), c.nodeLabel()),
                    c.text(), c.proposedText(), c.reason(), List.copyOf(units), d == null ? null : d.decision(),
                    d == null ? null : d.response(), d == null ? null : d.state(),
                    members.stream().map(SubmittedComment::commentId).toList()));
        }
        return rows;
    }

    private static String intro(Inputs in, ReportSettings.Values s) {
        ConsultationView c = in.consultation();
        String published = c.publishedAt() == null ? "" : " ngày " + Zones.date(c.publishedAt());
        return "Thực hiện Công văn số " + c.reference() + published + " của " + s.issuerName() + " về việc xin ý kiến "
                + "góp ý dự thảo " + sentence(in.documentTitle()) + " (" + c.versionLabel().toLowerCase(VI) + ", hạn góp ý "
                + Zones.dateTime(c.deadline()) + "), " + s.issuerName() + " tổng hợp, tiếp thu, giải trình ý kiến góp ý "
                + "của các cơ quan, đơn vị như sau:";
    }

    /** "QUY ĐỊNH cụ thể hóa …" → "Quy định cụ thể hóa …": a title typed in capitals, lowered for a sentence. */
    static String sentence(String title) {
        String t = title == null ? "" : title.strip();
        String[] words = t.split(" ");
        StringBuilder out = new StringBuilder();
        boolean leading = true;
        for (String w : words) {
            boolean caps = leading && !w.isEmpty() && w.equals(w.toUpperCase(Locale.ROOT))
                    && w.chars().anyMatch(Character::isLetter);
            String word = caps ? w.toLowerCase(VI) : w;
            leading = caps;
            out.append(out.length() == 0 ? "" : " ").append(word);
        }
        String text = out.toString();
        return text.isEmpty() ? "dự thảo" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "ngày 05 tháng 11 năm 2023" (a leading zero for days below 10 and for January and February). */
    static String dateWords(LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }
}
