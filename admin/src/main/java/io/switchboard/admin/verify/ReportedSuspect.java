package io.switchboard.admin.verify;

import io.switchboard.verify.check.QueryKind;
import io.switchboard.verify.report.Suspect;
import io.switchboard.verify.report.SuspectReport;
import io.switchboard.verify.report.SuspectReports;
import io.switchboard.verify.report.SuspectStatus;
import java.time.Instant;
import java.util.List;

/**
 * A reported fake with its latest reports, as the console and the staff API show it.
 *
 * @param latestReports the newest {@link #LATEST} reports, newest first; {@code reports} counts them all
 */
record ReportedSuspect(long id, QueryKind kind, String value, String display, int reports, Instant firstReportedAt,
        Instant lastReportedAt, SuspectStatus status, String statusBy, List<SuspectReport> latestReports) {

    /** Enough evidence to judge a suspect by; the count says how many more there are. */
    static final int LATEST = 10;

    static ReportedSuspect of(Suspect suspect, SuspectReports reports) {
        return new ReportedSuspect(suspect.id(), suspect.kind(), suspect.value(), suspect.display(), suspect.reports(),
                suspect.firstReportedAt(), suspect.lastReportedAt(), suspect.status(), suspect.statusBy(),
                reports.reportsOf(suspect.id(), LATEST));
    }
}
