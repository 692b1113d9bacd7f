package io.switchboard.forum.moderation;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes moderator actions to the audit log, in the transaction of the action itself. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class AuditLog {

    static final int SUMMARY_LENGTH = 500;

    private final AuditRepository entries;
    private final Clock clock;

    AuditLog(AuditRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    void record(String actor, String action, String target, String reason, String before, String after) {
        entries.save(new AuditEntry(clock.instant(), actor, action, target, cut(reason), cut(before), cut(after)));
    }

    private static String cut(String text) {
        return text == null || text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH);
    }
}
