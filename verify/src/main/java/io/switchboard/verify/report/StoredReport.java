package io.switchboard.verify.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "suspect_report")
class StoredReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "suspect_id", nullable = false)
    private Long suspectId;

    @Column(nullable = false)
    private String source;

    private String reporter;

    private String evidence;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected StoredReport() {
    }

    StoredReport(Long suspectId, String source, String reporter, String evidence, Instant reportedAt) {
        this.suspectId = suspectId;
        this.source = source;
        this.reporter = reporter;
        this.evidence = evidence;
        this.reportedAt = reportedAt;
    }

    SuspectReport toReport() {
        return new SuspectReport(id, suspectId, source, reporter, evidence, reportedAt);
    }
}
