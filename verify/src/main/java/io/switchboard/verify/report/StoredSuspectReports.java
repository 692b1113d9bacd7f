package io.switchboard.verify.report;

import io.switchboard.core.audit.AuditTarget;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.verify.check.Verdict;
import io.switchboard.verify.check.Verification;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class StoredSuspectReports implements SuspectReports {

    static final String TARGET = "suspect";
    private static final Sort MOST_REPORTED = Sort.by(Sort.Order.desc("reports"), Sort.Order.desc("lastReportedAt"),
            Sort.Order.desc("id"));
    private static final int SOURCE_LENGTH = 32;
    private static final int REPORTER_LENGTH = 200;
    private static final int DISPLAY_LENGTH = 500;

    private final Suspects suspects;
    private final StoredReports reports;
    private final StaffAudit audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    StoredSuspectReports(Suspects suspects, StoredReports reports, StaffAudit audit,
            PlatformTransactionManager transactions, Clock clock) {
        this.suspects = suspects;
        this.reports = reports;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public Suspect report(Verification verification, String evidence, String source, String reporter) {
        Objects.requireNonNull(verification, "verification");
        if (verification.verdict() != Verdict.NOT_OFFICIAL) {
            throw new IllegalArgumentException(verification.verdict() == Verdict.OFFICIAL
                    ? "this is an official channel: there is nothing to report"
                    : "there is nothing to report: enter a web address, e-mail address, phone number or account");
        }
        String kept = evidence == null || evidence.isBlank() ? null : cut(evidence.strip(), MAX_EVIDENCE_LENGTH);
        try {
            return tx.execute(status -> count(verification, kept, source, reporter));
        } catch (DataIntegrityViolationException e) {
            // the first report of this thing raced another one: it exists now, count this one on it
            return tx.execute(status -> count(verification, kept, source, reporter));
        }
    }

    private Suspect count(Verification verification, String evidence, String source, String reporter) {
        Instant now = clock.instant();
        StoredSuspect suspect = suspects.findLockedByKindAndNormalized(verification.kind(), verification.normalized())
                .orElseGet(() -> suspects.saveAndFlush(new StoredSuspect(verification.kind(),
                        verification.normalized(), cut(verification.query().strip(), DISPLAY_LENGTH), now)));
        suspect.reported(now);
        reports.save(new StoredReport(suspect.getId(), cut(Objects.requireNonNull(source, "source"), SOURCE_LENGTH),
                reporter == null ? null : cut(reporter, REPORTER_LENGTH), evidence, now));
        return suspect.toSuspect();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Suspect> suspects(SuspectStatus status, int page, int size) {
        PageRequest request = PageRequest.of(Math.max(0, page), Math.max(1, Math.min(size, 100)), MOST_REPORTED);
        return (status == null ? suspects.findAll(request) : suspects.findByStatus(status, request))
                .map(StoredSuspect::toSuspect);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SuspectReport> reportsOf(long suspectId, int limit) {
        if (!suspects.existsById(suspectId)) {
            throw new SuspectNotFoundException(suspectId);
        }
        return reports.findBySuspectIdOrderByIdDesc(suspectId, PageRequest.ofSize(Math.max(1, Math.min(limit, 200))))
                .stream().map(StoredReport::toReport).toList();
    }

    @Override
    @Transactional
    public Suspect setStatus(long suspectId, SuspectStatus status, String actor) {
        Objects.requireNonNull(status, "status");
        StoredSuspect suspect = suspects.findById(suspectId).orElseThrow(() -> new SuspectNotFoundException(suspectId));
        SuspectStatus before = suspect.getStatus();
        suspect.setStatus(status, actor);
        audit.record(actor, TARGET + ".status", AuditTarget.of(TARGET, suspectId), StaffAudit.state("status", before),
                StaffAudit.state("status", status));
        return suspect.toSuspect();
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
