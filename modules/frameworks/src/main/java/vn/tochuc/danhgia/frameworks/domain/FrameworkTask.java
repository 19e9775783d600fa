package vn.tochuc.danhgia.frameworks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A consultation carrying the task "concretize your framework for this year". */
@Entity
@Table(name = "fw_task")
public class FrameworkTask {

    @Id
    @Column(name = "consultation_id", updatable = false)
    private long consultationId;

    @Column(name = "eval_year")
    private int year;

    @Column(name = "created_by", updatable = false)
    private String createdBy;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected FrameworkTask() {}

    public FrameworkTask(long consultationId, int year, String by, Instant now) {
        this.consultationId = consultationId;
        this.year = year;
        this.createdBy = by;
        this.createdAt = now;
    }

    public void changeYear(int newYear) {
        this.year = newYear;
    }

    public long consultationId() {
        return consultationId;
    }

    public int year() {
        return year;
    }
}
