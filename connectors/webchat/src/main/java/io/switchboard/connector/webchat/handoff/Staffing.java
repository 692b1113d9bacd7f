package io.switchboard.connector.webchat.handoff;

/**
 * Whether a person can take a chat now, in a language.
 *
 * @param reason why not: {@code hours} (outside the business hours) or {@code nobody} (no agent online); null when
 *     someone can
 */
public record Staffing(boolean staffed, String reason) {

    public static final Staffing STAFFED = new Staffing(true, null);
}
