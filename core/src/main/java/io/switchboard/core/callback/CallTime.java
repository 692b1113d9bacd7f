package io.switchboard.core.callback;

/** When a member would like to be called, in their own time of day: a few choices an agent can plan with. */
public enum CallTime {
    AS_SOON_AS_POSSIBLE,
    MORNING,
    AFTERNOON,
    EVENING
}
