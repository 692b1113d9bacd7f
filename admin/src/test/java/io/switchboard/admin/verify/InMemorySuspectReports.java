package io.switchboard.admin.verify;

import io.switchboard.core.audit.AuditTarget;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.verify.check.QueryKind;
import io.switchboard.verify.check.Verdict;
import io.switchboard.verify.check.Verification;
import io.switchboard.verify.report.Suspect;
import io.switchboard.verify.report.SuspectNotFoundException;
import io.switchboard.verify.report.SuspectReport;
import io.switchboard.verify.report.SuspectReports;
import io.switchboard.verify.report.SuspectStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The verify module's reports of fakes, in memory, for the admin module's tests: counted per
 * normalised value, listed most reported first, each status change audited.
 */
@Component
public class InMemorySuspectReports implements SuspectReports {

    private final Map<Long, Suspect> suspects = new ConcurrentHashMap<>();
    private final List<SuspectReport> reports = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final StaffAudit audit;
    private final Clock clock;

    InMemorySuspectReports(StaffAudit audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    public synchronized void clear() {
        suspects.clear();
        reports.clear();
    }

    /** A member's report of {@code value} as the verifier would have found it: NOT_OFFICIAL. */
    public Suspect report(QueryKind kind, String value, String evidence, String source, Instant at) {
        return report(new Verification(value, kind, value, Verdict.NOT_OFFICIAL, null, List.of()), evidence, source,
                null, at);
    }

    @Override
    public Suspect report(Verification verification, String evidence, String source, String reporter) {
        return report(verification, evidence, source, reporter, clock.instant());
    }

    private synchronized Suspect report(Verification verification, String evidence, String source, String reporter,
            Instant at) {
        if (verification.verdict() != Verdict.NOT_OFFICIAL) {
            throw new IllegalArgumentException("only what is NOT official is reported");
        }
        Suspect known = suspects.values().stream().filter(s -> s.kind() == verification.kind()
                && s.value().equals(verification.normalized())).findFirst().orElse(null);
        Suspect counted = known == null
                ? new Suspect(ids.incrementAndGet(), verification.kind(), verification.normalized(),
                        verification.query(), 1, at, at, SuspectStatus.OPEN, null)
                : new Suspect(known.id(), known.kind(), known.value(), known.display(), known.reports() + 1,
                        known.firstReportedAt(), at, known.status() == SuspectStatus.TAKEN_DOWN ? SuspectStatus.OPEN
                                : known.status(), known.statusBy());
        suspects.put(counted.id(), counted);
        String kept = evidence == null ? null : evidence.substring(0, Math.min(evidence.length(), MAX_EVIDENCE_LENGTH));
        reports.add(new SuspectReport(ids.incrementAndGet(), counted.id(), source, reporter, kept, at));
        return counted;
    }

    @Override
    public synchronized Page<Suspect> suspects(SuspectStatus status, int page, int size) {
        List<Suspect> matching = suspects.values().stream().filter(s -> status == null || s.status() == status)
                .sorted(Comparator.comparingInt(Suspect::reports).reversed()
                        .thenComparing(Suspect::lastReportedAt, Comparator.reverseOrder()))
                .toList();
        int from = Math.min(page * size, matching.size());
        return new PageImpl<>(matching.subList(from, Math.min(from + size, matching.size())), PageRequest.of(page, size),
                matching.size());
    }

    @Override
    public synchronized List<SuspectReport> reportsOf(long suspectId, int limit) {
        existing(suspectId);
        return reports.stream().filter(r -> r.suspectId() == suspectId)
                .sorted(Comparator.comparing(SuspectReport::reportedAt).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized Suspect setStatus(long suspectId, SuspectStatus status, String actor) {
        Suspect before = existing(suspectId);
        Suspect after = new Suspect(before.id(), before.kind(), before.value(), before.display(), before.reports(),
                before.firstReportedAt(), before.lastReportedAt(), status, actor);
        suspects.put(suspectId, after);
        audit.record(actor, "suspect.status", AuditTarget.of("suspect", suspectId),
                StaffAudit.state("status", before.status().name()), StaffAudit.state("status", status.name()));
        return after;
    }

    private Suspect existing(long id) {
        Suspect suspect = suspects.get(id);
        if (suspect == null) {
            throw new SuspectNotFoundException(id);
        }
        return suspect;
    }
}
