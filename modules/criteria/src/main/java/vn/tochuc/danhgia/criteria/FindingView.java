package vn.tochuc.danhgia.criteria;

import vn.tochuc.danhgia.criteria.check.Finding;
import vn.tochuc.danhgia.criteria.spi.Severity;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/**
 * One finding of a check as the API shows it, in both languages.
 *
 * @param code          stable: a {@code FindingCode} name, a host check code such as {@code NOT_A_JAR}, or a plugin's
 *                      rule id
 * @param severity      {@code ERROR} blocks
 * @param subjectType   the framework it is about, or {@code null}
 * @param criterionCode the criterion it is about, or empty
 * @param targetIndex   the zero-based target index, or {@code null}
 * @param messageVi     the Vietnamese message
 * @param messageEn     the English message
 */
public record FindingView(String code, Severity severity, SubjectType subjectType, String criterionCode,
        Integer targetIndex, String messageVi, String messageEn) {

    public static FindingView of(Finding f) {
        return new FindingView(f.code(), f.severity(), f.subject(), f.criterionCode(), f.targetIndex(), f.messageVi(),
                f.messageEn());
    }

    public boolean error() {
        return severity == Severity.ERROR;
    }

    /** The message in English when {@code english}, else in Vietnamese. */
    public String message(boolean english) {
        return english ? messageEn : messageVi;
    }
}
