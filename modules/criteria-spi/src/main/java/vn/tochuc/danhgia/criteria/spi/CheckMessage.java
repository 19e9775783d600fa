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
 * @param textEn        the English text shown to users of the English interface, or empty: they then see
 *                      {@code text}. Since SPI 1.1; give it with {@link #withEnglish(String)}
 *
 * <p><b>Compatibility.</b> The five-argument constructor of SPI 1.0 stays, so plugins compiled against 1.0 run
 * unchanged. A plugin that calls {@link #withEnglish(String)} or {@link #textEn()} needs a host with SPI 1.1 and
 * declares {@code Plugin-Spi-Version: 1.1}.
 */
public record CheckMessage(
        Severity severity, String ruleId, String criterionCode, Integer targetIndex, String text, String textEn) {

    public CheckMessage {
        severity = severity == null ? Severity.ERROR : severity;
        ruleId = Texts.orEmpty(ruleId);
        criterionCode = Texts.orEmpty(criterionCode);
        text = Texts.orEmpty(text);
        textEn = Texts.orEmpty(textEn);
    }

    /** The SPI 1.0 constructor: a Vietnamese text only. */
    public CheckMessage(Severity severity, String ruleId, String criterionCode, Integer targetIndex, String text) {
        this(severity, ruleId, criterionCode, targetIndex, text, "");
    }

    /** The same message with an English text for the English interface. Since SPI 1.1. */
    public CheckMessage withEnglish(String english) {
        return new CheckMessage(severity, ruleId, criterionCode, targetIndex, text, english);
    }

    /** The English text when there is one, else the Vietnamese text. Since SPI 1.1. */
    public String englishOrVietnamese() {
        return textEn.isBlank() ? text : textEn;
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
