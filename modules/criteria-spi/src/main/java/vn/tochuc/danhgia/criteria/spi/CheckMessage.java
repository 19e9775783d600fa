package vn.tochuc.danhgia.criteria.spi;

/**
 * One result of a plugin's {@link CriteriaPlugin#check(Concretization)}.
 *
 * @param severity      {@link Severity#ERROR} blocks submission; {@code null} is read as an error
 * @param ruleId        stable across versions, prefixed with something of the plugin's, e.g.
 *                      {@code stc.giai-ngan-required}: the host counts and filters messages by it
 * @param criterionCode the criterion it is about, or empty for the whole concretization
 * @param targetIndex   the zero-based index of the target in that criterion's list, or {@code null}
 * @param text          the Vietnamese text shown to the user, with diacritics; say what to change
 */
public record CheckMessage(Severity severity, String ruleId, String criterionCode, Integer targetIndex, String text) {

    public CheckMessage {
        severity = severity == null ? Severity.ERROR : severity;
        ruleId = Texts.orEmpty(ruleId);
        criterionCode = Texts.orEmpty(criterionCode);
        text = Texts.orEmpty(text);
    }

    public static CheckMessage error(String ruleId, String criterionCode, Integer targetIndex, String text) {
        return new CheckMessage(Severity.ERROR, ruleId, criterionCode, targetIndex, text);
    }

    public static CheckMessage warning(String ruleId, String criterionCode, Integer targetIndex, String text) {
        return new CheckMessage(Severity.WARNING, ruleId, criterionCode, targetIndex, text);
    }

    public static CheckMessage info(String ruleId, String criterionCode, Integer targetIndex, String text) {
        return new CheckMessage(Severity.INFO, ruleId, criterionCode, targetIndex, text);
    }
}
