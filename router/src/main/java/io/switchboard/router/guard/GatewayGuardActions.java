package io.switchboard.router.guard;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.guard.GuardDecision;
import io.switchboard.router.outbox.Gateways;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The guard's actions through the channel gateways' moderation: messages are hidden or deleted
 * where the gateway offers it. Gateways do not mute or ban members yet, so those actions fail with
 * a reason the decision records; flags are the decisions themselves (listed for moderators at
 * {@code /api/guard/decisions}) until a shared moderation queue exists.
 */
@Component
class GatewayGuardActions implements GuardActions {

    private final Gateways gateways;

    GatewayGuardActions(Gateways gateways) {
        this.gateways = gateways;
    }

    @Override
    public Removal remove(Channel channel, String conversationKey, String messageId) {
        ChannelGateway gateway = gateway(channel);
        if (gateway.moderationActions(conversationKey).contains(ModerationAction.HIDE)) {
            gateway.moderate(ModerationAction.HIDE, conversationKey, messageId);
            return Removal.HIDDEN;
        }
        gateway.moderate(ModerationAction.DELETE, conversationKey, messageId);
        return Removal.DELETED;
    }

    @Override
    public void restore(Channel channel, String conversationKey, String messageId) {
        gateway(channel).moderate(ModerationAction.UNHIDE, conversationKey, messageId);
    }

    @Override
    public void mute(Channel channel, String conversationKey, String memberId, Duration duration) {
        throw cannot(channel, "mute");
    }

    @Override
    public void unmute(Channel channel, String conversationKey, String memberId) {
        throw cannot(channel, "unmute");
    }

    @Override
    public void ban(Channel channel, String conversationKey, String memberId) {
        throw cannot(channel, "ban");
    }

    @Override
    public void unban(Channel channel, String conversationKey, String memberId) {
        throw cannot(channel, "unban");
    }

    @Override
    public void flag(GuardDecision decision, boolean held) {
        // the decision, stored by the caller, is the flag
    }

    private ChannelGateway gateway(Channel channel) {
        return gateways.forChannel(channel)
                .orElseThrow(() -> DeliveryException.permanent("the " + channel.key() + " connector is off", null));
    }

    private static DeliveryException cannot(Channel channel, String what) {
        return DeliveryException.permanent(channel.key() + " cannot " + what + " members through Switchboard yet", null);
    }
}
