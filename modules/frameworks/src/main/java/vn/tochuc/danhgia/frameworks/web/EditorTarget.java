package vn.tochuc.danhgia.frameworks.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.frameworks.TargetRow;
import vn.tochuc.danhgia.kernel.Zones;

/**
 * One target row of the editor as typed: numbers and the date are kept as text, so that half-typed values never
 * block the live check; {@link #problems()} says which ones cannot be read.
 */
public class EditorTarget implements Serializable {

    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(Zones.DATE_PATTERN);

    private String title = "";
    private String indicator = "";
    private String targetValue = "";
    private String unit = "";
    private String output = "";
    private String deadline = "";
    private String points = "";

    static EditorTarget of(TargetRow t) {
        EditorTarget e = new EditorTarget();
        e.title = t.title();
        e.indicator = t.indicator();
        e.targetValue = t.targetValue() == null ? "" : t.targetValue().stripTrailingZeros().toPlainString();
        e.unit = t.unit();
        e.output = t.output();
        e.deadline = t.deadline() == null ? "" : DATE.format(t.deadline());
        e.points = t.points() == null ? "" : t.points().stripTrailingZeros().toPlainString();
        return e;
    }

    /** The row as the API takes it; unreadable numbers and dates are left out (see {@link #problems()}). */
    TargetRow toRow() {
        return new TargetRow(title, indicator, number(targetValue), unit, output, date(deadline), number(points));
    }

    /** The message keys of the fields that cannot be read, e.g. points typed as "mười". */
    List<String> problems() {
        List<String> keys = new ArrayList<>();
        if (!blank(points) && number(points) == null) {
            keys.add("frameworks.editor.bad-points");
        }
        if (!blank(targetValue) && number(targetValue) == null) {
            keys.add("frameworks.editor.bad-value");
        }
        if (!blank(deadline) && date(deadline) == null) {
            keys.add("frameworks.editor.bad-deadline");
        }
        return keys;
    }

    /** "17,5" and "17.5" both read as 17.5; a thousands separator is not expected in points or values here. */
    static BigDecimal number(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static LocalDate date(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator == null ? "" : indicator;
    }

    public String getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(String targetValue) {
        this.targetValue = targetValue == null ? "" : targetValue;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit == null ? "" : unit;
    }

    public String getOutput() {
        return output;
    }

    public void setOutput(String output) {
        this.output = output == null ? "" : output;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline == null ? "" : deadline;
    }

    public String getPoints() {
        return points;
    }

    public void setPoints(String points) {
        this.points = points == null ? "" : points;
    }
}
