package io.switchboard.connector.webchat.handoff;

/**
 * Whether a person can take a chat now, in a language.
 *
 * @param reason why not: {@link #HOURS} (outside the business hours) or {@link #NOBODY} (no agent online); null
 *     when someone can
 */
public record Staffing(boolean staffed, String reason) {

    public static final String HOURS = "hours";
    public static final String NOBODY = "nobody";
    public static final Staffing STAFFED = new Staffing(true, null);
}
