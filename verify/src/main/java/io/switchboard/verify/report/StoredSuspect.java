package io.switchboard.verify.report;

import io.switchboard.verify.check.QueryKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "suspect")
class StoredSuspect {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QueryKind kind;

    @Column(nullable = false)
    private String normalized;

    @Column(nullable = false)
    private String display;

    @Column(nullable = false)
    private int reports;

    @Column(name = "first_reported_at", nullable = false)
    private Instant firstReportedAt;

    @Column(name = "last_reported_at", nullable = false)
    private Instant lastReportedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SuspectStatus status;

    @Column(name = "status_by")
    private String statusBy;

    protected StoredSuspect() {
    }

    StoredSuspect(QueryKind kind, String value, String display, Instant at) {
        this.kind = kind;
        this.normalized = value;
        this.display = display;
        this.firstReportedAt = at;
        this.lastReportedAt = at;
        this.status = SuspectStatus.OPEN;
    }

    /** One more report; a fake taken down that is reported again is back, and open. */
    void reported(Instant at) {
        reports++;
        lastReportedAt = at;
        if (status == SuspectStatus.TAKEN_DOWN) {
            status = SuspectStatus.OPEN;
            statusBy = null;
        }
    }

    void setStatus(SuspectStatus status, String by) {
        this.status = status;
        this.statusBy = by;
    }

    Long getId() {
        return id;
    }

    SuspectStatus getStatus() {
        return status;
    }

    Suspect toSuspect() {
        return new Suspect(id, kind, normalized, display, reports, firstReportedAt, lastReportedAt, status, statusBy);
    }
}
