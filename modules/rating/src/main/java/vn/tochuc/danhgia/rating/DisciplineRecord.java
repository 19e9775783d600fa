package vn.tochuc.danhgia.rating;

import java.time.LocalDate;

/**
 * A discipline (kỷ luật) decided in the rating year against the subject, one of its members or (for a collective)
 * the leadership collective itself.
 *
 * @param form                     the form, as the decision names it (khiển trách, cảnh cáo, cách chức, …)
 * @param decidedOn                the decision's date
 * @param selfDetectedAndRemedied  the "tự phát hiện và khắc phục" proviso: under 124 it lifts the consequence
 * @param dutyRelated              the violation was in the course of duty (366 counts those, from reprimand up)
 * @param weighedReason            under 366 the competent level may weigh a self-detected case; its recorded reason,
 *                                 or {@code null} when none was recorded
 */
public record DisciplineRecord(String form, LocalDate decidedOn, boolean selfDetectedAndRemedied, boolean dutyRelated,
                               String weighedReason) {
}
