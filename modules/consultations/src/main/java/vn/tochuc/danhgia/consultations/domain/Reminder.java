package vn.tochuc.danhgia.consultations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A reminder sent to a unit, by hand (MANUAL) or by the timer (AUTO); one per unit and day. */
@Entity
@Table(name = "consultation_reminder")
public class Reminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id")
    private long consultationId;

    @Column(name = "unit_code")
    private String unitCode;

    private String kind;

    @Column(name = "sent_on")
    private LocalDate sentOn;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "sent_by")
    private String sentBy;

    protected Reminder() {}

    public Reminder(long consultationId, String unitCode, String kind, LocalDate sentOn, Instant sentAt, String by) {
        this.consultationId = consultationId;
        this.unitCode = unitCode;
        this.kind = kind;
        this.sentOn = sentOn;
        this.sentAt = sentAt;
        this.sentBy = by;
    }

    public String unitCode() {
        return unitCode;
    }

    public LocalDate sentOn() {
        return sentOn;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
