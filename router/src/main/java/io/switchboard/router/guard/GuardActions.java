package io.switchboard.router.guard;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.guard.GuardDecision;
import java.time.Duration;

/**
 * What the guard does on a platform. One implementation, over the channel gateways; every method
 * is synchronous and throws {@link DeliveryException} when the platform did not do it (permanent
 * when it cannot at all), so the decision records why.
 */
interface GuardActions {

    /** How a message was taken away: hidden can be undone, deleted cannot. */
    enum Removal { HIDDEN, DELETED }

    /** Takes the message away, hidden where the platform can show it again, deleted otherwise. */
    Removal remove(Channel channel, String conversationKey, String messageId);

    /** Shows a hidden message again. */
    void restore(Channel channel, String conversationKey, String messageId);

    void mute(Channel channel, String conversationKey, String memberId, Duration duration);

    void unmute(Channel channel, String conversationKey, String memberId);

    void ban(Channel channel, String conversationKey, String memberId);

    void unban(Channel channel, String conversationKey, String memberId);

    /** Puts a decision before moderators (flagged, or held when nobody sees the message yet). */
    void flag(GuardDecision decision, boolean held);
}
