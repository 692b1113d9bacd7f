package io.switchboard.verify.report;

import io.switchboard.verify.check.Verification;
import java.util.List;
import org.springframework.data.domain.Page;

/**
 * Reports of fakes, counted per reported thing, for managers to see which fake accounts and numbers are active and
 * ask the platforms to take them down.
 */
public interface SuspectReports {

    /** Longest evidence kept; longer is cut. */
    int MAX_EVIDENCE_LENGTH = 2000;

    /**
     * Counts a report of what {@code verification} found NOT_OFFICIAL (a new suspect, or one more report of a known
     * one, reopened if it was taken down).
     *
     * @throws IllegalArgumentException when the verification is not NOT_OFFICIAL: an official channel or a query
     *     that was not understood is not reported
     */
    Suspect report(Verification verification, String evidence, String source, String reporter);

    /** Suspects in {@code status} (all when null), most reported first, then most recent. */
    Page<Suspect> suspects(SuspectStatus status, int page, int size);

    /** A suspect's reports, newest first. @throws SuspectNotFoundException */
    List<SuspectReport> reportsOf(long suspectId, int limit);

    /** Staff move a suspect on; audited. @throws SuspectNotFoundException */
    Suspect setStatus(long suspectId, SuspectStatus status, String actor);
}
