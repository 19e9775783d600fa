package vn.tochuc.danhgia.consultations.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.consultations.Stance;

/**
 * A unit's current answer to a consultation: one per (consultation, unit), seen only by that unit. Saving it bumps
 * {@link #version()}, which the next save must carry, so two tabs cannot overwrite each other unnoticed.
 */
@Entity
@Table(name = "consultation_answer")
public class Answer {

    /** Drafting, or a submission is current. */
    public enum State { DRAFT, SUBMITTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id")
    private long consultationId;

    @Column(name = "unit_code")
    private String unitCode;

    @Enumerated(EnumType.STRING)
    private Stance stance;

    @Column(name = "general_text")
    private String general = "";

    @Enumerated(EnumType.STRING)
    private State state = State.DRAFT;

    private int submissions;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @OneToMany(mappedBy = "answer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AnswerComment> comments = new ArrayList<>();

    @Version
    private long version;

    protected Answer() {}

    public Answer(long consultationId, String unitCode, Instant now, String by) {
        this.consultationId = consultationId;
        this.unitCode = unitCode;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public void change(Stance newStance, String newGeneral, Instant now, String by) {
        this.stance = newStance;
        this.general = newGeneral == null ? "" : newGeneral;
        touch(now, by);
    }

    public void touch(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** A submission is made: the answer is locked until withdrawn; returns the submission's sequence number. */
    public int submitted(Instant now, String by) {
        state = State.SUBMITTED;
        submissions++;
        touch(now, by);
        return submissions;
    }

    public void reopened(Instant now, String by) {
        state = State.DRAFT;
        touch(now, by);
    }

    public long id() {
        return id;
    }

    public long consultationId() {
        return consultationId;
    }

    public String unitCode() {
        return unitCode;
    }

    public Stance stance() {
        return stance;
    }

    public String general() {
        return general;
    }

    public State state() {
        return state;
    }

    public List<AnswerComment> comments() {
        return comments;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }
}
