package io.switchboard.verify.report;

import java.time.Instant;

/**
 * One report of a suspect.
 *
 * @param source where it came from: {@code verify-page}, {@code api}, {@code telegram}, {@code webchat}
 * @param reporter who, when known (a member's id on the channel); null for anonymous reports
 * @param evidence what the reporter added: the message they received, where they saw it (plain text, cut)
 */
public record SuspectReport(long id, long suspectId, String source, String reporter, String evidence,
        Instant reportedAt) {
}
