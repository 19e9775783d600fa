package vn.tochuc.danhgia.consultations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import vn.tochuc.danhgia.consultations.ConsultationState;

/**
 * A consultation (đợt lấy ý kiến). Its state only moves forward ({@link ConsultationRules#move}); the document
 * version, units and groups are ids and codes of other modules.
 */
@Entity
@Table(name = "consultation")
public class Consultation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;

    private String reference;

    private String letter;

    @Column(name = "document_id")
    private long documentId;

    @Column(name = "version_id")
    private long versionId;

    private Instant deadline;

    @Column(name = "late_allowed")
    private boolean lateAllowed;

    @Enumerated(EnumType.STRING)
    private ConsultationState state = ConsultationState.DRAFT;

    @Column(name = "recipient_groups")
    private String recipientGroups;

    @Column(name = "recipient_units")
    private String recipientUnits;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Consultation() {}

    public Consultation(String title, String reference, String letter, long documentId, long versionId,
            Instant deadline, boolean lateAllowed, List<String> groups, List<String> units, Instant now, String by) {
        this.title = title;
        this.reference = reference;
        this.letter = letter;
        this.documentId = documentId;
        this.versionId = versionId;
        this.deadline = deadline;
        this.lateAllowed = lateAllowed;
        this.recipientGroups = String.join(",", groups);
        this.recipientUnits = String.join(",", units);
        this.createdAt = now;
        this.createdBy = by;
    }

    public void moveTo(ConsultationState next, Instant now) {
        ConsultationRules.move(state, next);
        state = next;
        if (next == ConsultationState.OPEN) {
            publishedAt = now;
        } else if (next == ConsultationState.CLOSED) {
            closedAt = now;
        }
    }

    public void extendTo(Instant newDeadline) {
        this.deadline = newDeadline;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }

    public long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String reference() {
        return reference;
    }

    public String letter() {
        return letter;
    }

    public long documentId() {
        return documentId;
    }

    public long versionId() {
        return versionId;
    }

    public Instant deadline() {
        return deadline;
    }

    public boolean lateAllowed() {
        return lateAllowed;
    }

    public ConsultationState state() {
        return state;
    }

    public List<String> recipientGroups() {
        return split(recipientGroups);
    }

    public List<String> recipientUnits() {
        return split(recipientUnits);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public long version() {
        return version;
    }
}
