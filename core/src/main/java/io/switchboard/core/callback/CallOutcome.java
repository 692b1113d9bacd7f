package io.switchboard.core.callback;

/** How a call to a member went, as the agent logs it. */
public enum CallOutcome {
    REACHED,
    NO_ANSWER,
    WRONG_NUMBER,
    CALL_BACK_LATER
}
