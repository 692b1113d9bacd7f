package io.switchboard.router.guard;

import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.guard.GuardDecision;
import java.time.Duration;

/**
 * What the guard does on a platform, for a decision (its channel, conversation, message and
 * member). One implementation, over the channel gateways and the moderation queue; every platform
 * method is synchronous and throws {@link DeliveryException} when the platform did not do it
 * (permanent when it cannot at all), so the decision records why.
 */
interface GuardActions {

    /** How a message was taken away: hidden can be undone, deleted cannot. */
    enum Removal { HIDDEN, DELETED }

    /** Takes the message away, hidden where the platform can show it again, deleted otherwise. */
    Removal remove(GuardDecision decision);

    /** Shows a hidden message again. */
    void restore(GuardDecision decision, String actor);

    /** @param duration how long; null for good */
    void mute(GuardDecision decision, Duration duration);

    void unmute(GuardDecision decision, String actor);

    void ban(GuardDecision decision);

    void unban(GuardDecision decision, String actor);

    /** Puts a decision before moderators (flagged, or held when the message waits for them). */
    void flag(GuardDecision decision, boolean held);

    /** Takes a decision that was undone off the moderators' queue. */
    void handled(GuardDecision decision, String actor);
}
