package io.switchboard.router.guard;

import io.switchboard.core.guard.GuardDecision;
import java.time.Duration;
import java.util.List;

/**
 * What the guard does on a platform, for a decision (its channel, conversation, message and
 * member). One implementation, over the channel gateways and the moderation queue; every platform
 * method is synchronous and throws {@link GuardActionFailed} when the platform did not do it (it
 * does not offer it there, refused it, or failed), so the decision and the queue record why.
 */
interface GuardActions {

    /** How a message was taken away: hidden can be undone, deleted cannot. */
    enum Removal { HIDDEN, DELETED }

    /** Takes the message away, hidden where the platform can show it again, deleted otherwise. */
    Removal remove(GuardDecision decision);

    /** Whether the message's removal took its whole conversation out of sight (a forum topic's opening post). */
    boolean removalHidesConversation(GuardDecision decision);

    /** Shows a hidden message again. */
    void restore(GuardDecision decision, String actor);

    /** @param duration how long; null for good */
    void mute(GuardDecision decision, Duration duration);

    void unmute(GuardDecision decision, String actor);

    void ban(GuardDecision decision);

    void unban(GuardDecision decision, String actor);

    /**
     * Puts a decision before moderators (flagged, or held when the message waits for them), with
     * what the platform did not do for it, which is left to them.
     *
     * @param text the message the decision is on, which moderators read also when its author's name
     *     was what the guard found; empty for a join
     */
    void flag(GuardDecision decision, String text, boolean held, List<GuardActionFailed> failures);

    /** Takes a decision that was undone off the moderators' queue. */
    void handled(GuardDecision decision, String actor);
}
