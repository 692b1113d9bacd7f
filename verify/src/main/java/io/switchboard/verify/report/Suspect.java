package io.switchboard.verify.report;

import io.switchboard.verify.check.QueryKind;
import java.time.Instant;

/**
 * A reported thing (a look-alike site, an unknown number, a fake account) with how often it was reported.
 *
 * @param value the normalised value reports are counted by
 * @param display how the first reporter wrote it
 */
public record Suspect(long id, QueryKind kind, String value, String display, int reports, Instant firstReportedAt,
        Instant lastReportedAt, SuspectStatus status, String statusBy) {
}
