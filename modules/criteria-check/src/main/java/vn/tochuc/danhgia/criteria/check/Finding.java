package vn.tochuc.danhgia.criteria.check;

import java.util.Locale;
import vn.tochuc.danhgia.criteria.spi.CheckMessage;
import vn.tochuc.danhgia.criteria.spi.Severity;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/**
 * One result of a check.
 *
 * @param code          stable: a {@link FindingCode} name, or a plugin's rule id such as {@code stc.giai-ngan-required}
 * @param severity      {@link Severity#ERROR} blocks enabling the plugin or submitting the concretization
 * @param subject       the subject type it is about, or {@code null}
 * @param criterionCode the criterion it is about, or empty
 * @param targetIndex   the zero-based index of the target it is about, or {@code null}
 * @param messageVi     the Vietnamese message
 * @param messageEn     the English message; for a plugin's message, its English text, or its Vietnamese text when
 *                      the plugin gives none (SPI 1.0 plugins, or a plugin that speaks Vietnamese only)
 */
public record Finding(
        String code,
        Severity severity,
        SubjectType subject,
        String criterionCode,
        Integer targetIndex,
        String messageVi,
        String messageEn) {

    /** The code given to a plugin message whose rule id is blank. */
    public static final String UNNAMED_PLUGIN_RULE = "PLUGIN_RULE";

    public Finding {
        code = code == null ? "" : code;
        severity = severity == null ? Severity.ERROR : severity;
        criterionCode = criterionCode == null ? "" : criterionCode;
        messageVi = messageVi == null ? "" : messageVi;
        messageEn = messageEn == null ? messageVi : messageEn;
    }

    /** A plugin's message as a finding, so that the host lists generic and agency results together. */
    public static Finding fromPlugin(CheckMessage message, SubjectType subject) {
        String code = message.ruleId().isBlank() ? UNNAMED_PLUGIN_RULE : message.ruleId();
        return new Finding(code, message.severity(), subject, message.criterionCode(), message.targetIndex(),
                message.text(), message.englishOrVietnamese());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The English message for English, the Vietnamese one otherwise. */
    public String message(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? messageEn : messageVi;
    }
}
