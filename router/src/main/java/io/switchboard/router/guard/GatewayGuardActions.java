package io.switchboard.router.guard;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.gateway.ModerationRequest;
import io.switchboard.core.guard.GuardDecision;
import io.switchboard.core.moderation.Flagger;
import io.switchboard.core.moderation.ModerationFlag;
import io.switchboard.core.moderation.ModerationQueue;
import io.switchboard.router.outbox.Gateways;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The guard's actions through the channel gateways' moderation (Telegram deletes, mutes and bans;
 * Facebook hides page comments...), and its flags into the moderation queue every channel shares,
 * where moderators see why with the rule that fired.
 */
@Component
class GatewayGuardActions implements GuardActions {

    /** Who the platforms and the moderation queue are told acted. */
    static final String ACTOR = "scam-guard";

    private final Gateways gateways;
    private final ModerationQueue queue;

    GatewayGuardActions(Gateways gateways, ModerationQueue queue) {
        this.gateways = gateways;
        this.queue = queue;
    }

    @Override
    public Removal remove(GuardDecision decision) {
        ChannelGateway gateway = gateway(decision.getChannel());
        if (gateway.moderationActions(decision.getConversationKey()).contains(ModerationAction.HIDE)) {
            gateway.moderate(request(ModerationAction.HIDE, decision, null, ACTOR));
            return Removal.HIDDEN;
        }
        gateway.moderate(request(ModerationAction.DELETE, decision, null, ACTOR));
        return Removal.DELETED;
    }

    @Override
    public void restore(GuardDecision decision, String actor) {
        moderate(ModerationAction.UNHIDE, decision, null, actor);
    }

    @Override
    public void mute(GuardDecision decision, Duration duration) {
        moderate(ModerationAction.MUTE, decision, duration, ACTOR);
    }

    @Override
    public void unmute(GuardDecision decision, String actor) {
        moderate(ModerationAction.UNMUTE, decision, null, actor);
    }

    @Override
    public void ban(GuardDecision decision) {
        moderate(ModerationAction.BAN, decision, null, ACTOR);
    }

    @Override
    public void unban(GuardDecision decision, String actor) {
        moderate(ModerationAction.UNBAN, decision, null, actor);
    }

    @Override
    public void flag(GuardDecision decision, boolean held) {
        queue.flag(new ModerationFlag(decision.getChannel(), decision.getConversationKey(), decision.getMessageId(),
                decision.getMemberId(), decision.getMemberName(), decision.getExcerpt(),
                "scam guard " + decision.getRule() + " (decision " + decision.getId() + ")", Flagger.rule(ACTOR), held));
    }

    @Override
    public void handled(GuardDecision decision, String actor) {
        queue.handled(decision.getChannel(), decision.getMessageId(), actor);
    }

    private void moderate(ModerationAction action, GuardDecision decision, Duration duration, String actor) {
        gateway(decision.getChannel()).moderate(request(action, decision, duration, actor));
    }

    private static ModerationRequest request(ModerationAction action, GuardDecision decision, Duration duration,
            String actor) {
        return new ModerationRequest(action, decision.getConversationKey(), decision.getMessageId(),
                decision.getMemberId(), duration, actor, decision.getRule());
    }

    private ChannelGateway gateway(Channel channel) {
        return gateways.forChannel(channel)
                .orElseThrow(() -> DeliveryException.permanent("the " + channel.key() + " connector is off", null));
    }
}
