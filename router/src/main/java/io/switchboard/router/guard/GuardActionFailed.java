package io.switchboard.router.guard;

import io.switchboard.core.gateway.ModerationAction;
import java.time.Duration;

/**
 * A guard action the platform did not carry out: not offered there, refused, or the platform
 * failed. Says which platform action was tried (and for how long), so the moderation queue item can
 * show moderators what is left to do.
 */
final class GuardActionFailed extends RuntimeException {

    private final ModerationAction action;
    private final Duration duration;

    GuardActionFailed(ModerationAction action, Duration duration, String message, Throwable cause) {
        super(message, cause);
        this.action = action;
        this.duration = duration;
    }

    ModerationAction action() {
        return action;
    }

    /** How long the action was to last; null for good or for actions without one. */
    Duration duration() {
        return duration;
    }
}
