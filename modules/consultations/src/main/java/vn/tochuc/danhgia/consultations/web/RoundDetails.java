package vn.tochuc.danhgia.consultations.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tochuc.danhgia.kernel.Zones;

/**
 * The deadline step of the new-consultation wizard: title, reference, deadline (typed as dd/MM/yyyy HH:mm,
 * Vietnam time), whether late answers are taken, the letter, and the other tasks ticked. The deadline starts ten
 * days ahead at 17:00, the Board's usual choice.
 */
public class RoundDetails implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern(Zones.DATE_TIME_PATTERN);

    // The consultation's own title goes to the units as written, so it is Vietnamese in either UI language.
    private String title = "Xin ý kiến góp ý dự thảo Quy định đánh giá, xếp loại chất lượng";
    private String reference;
    private String letter;
    private String deadline = LocalDateTime.now(Zones.VIETNAM).plusDays(10).withHour(17).withMinute(0).format(INPUT);
    private boolean lateAllowed;
    private List<String> selectedTasks = new ArrayList<>();

    /** The deadline typed, or empty when it is not a dd/MM/yyyy HH:mm date and time. */
    Optional<OffsetDateTime> parsedDeadline() {
        try {
            return Optional.of(LocalDateTime.parse(deadline == null ? "" : deadline.strip(), INPUT)
                    .atZone(Zones.VIETNAM).toOffsetDateTime());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getLetter() {
        return letter;
    }

    public void setLetter(String letter) {
        this.letter = letter;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public boolean isLateAllowed() {
        return lateAllowed;
    }

    public void setLateAllowed(boolean lateAllowed) {
        this.lateAllowed = lateAllowed;
    }

    public List<String> getSelectedTasks() {
        return selectedTasks;
    }

    public void setSelectedTasks(List<String> selectedTasks) {
        this.selectedTasks = selectedTasks == null ? new ArrayList<>() : new ArrayList<>(selectedTasks);
    }
}
