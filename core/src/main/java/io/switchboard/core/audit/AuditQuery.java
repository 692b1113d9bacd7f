package io.switchboard.core.audit;

import java.time.Instant;

/**
 * Which audit lines to show; every null component matches all.
 *
 * @param actor a user name, in any case
 * @param action an action ({@code ticket.assign}), or its first part for the whole family
 *     ({@code ticket} finds {@code ticket.create}, {@code ticket.assign}...)
 * @param from inclusive
 * @param to exclusive
 */
public record AuditQuery(String actor, String action, String targetType, String targetId, Instant from,
        Instant to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);

    /** Blank text is "not given", so a form's empty fields filter nothing. */
    public AuditQuery {
        actor = given(actor);
        action = given(action);
        targetType = given(targetType);
        targetId = given(targetId);
    }

    public static AuditQuery action(String action) {
        return new AuditQuery(null, action, null, null, null, null);
    }

    private static String given(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
