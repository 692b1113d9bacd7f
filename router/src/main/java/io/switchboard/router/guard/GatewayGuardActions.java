package io.switchboard.router.guard;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.gateway.ModerationRequest;
import io.switchboard.core.guard.GuardDecision;
import io.switchboard.core.guard.GuardSubject;
import io.switchboard.core.moderation.Flagger;
import io.switchboard.core.moderation.ModerationFlag;
import io.switchboard.core.moderation.ModerationQueue;
import io.switchboard.router.outbox.Gateways;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The guard's actions through the channel gateways' moderation (Telegram deletes, mutes and bans;
 * Facebook hides page comments...), and its flags into the moderation queue every channel shares,
 * where moderators see why with the rule that fired.
 *
 * <p>An action is asked only of a channel that offers it there ({@link ChannelGateway#moderationActions});
 * one it does not offer fails at once, without a call, and goes to the moderators. The platform is
 * called with the caller's transaction suspended, as the moderation queue's desk calls it: a gateway
 * with transactions of its own (the forum's) commits or rolls back only its own work, so its
 * failure can never undo the processing of the message the guard is deciding on.
 */
@Component
class GatewayGuardActions implements GuardActions {

    /** Who the platforms and the moderation queue are told acted. */
    static final String ACTOR = "scam-guard";

    private static final Logger log = LoggerFactory.getLogger(GatewayGuardActions.class);

    private final Gateways gateways;
    private final ModerationQueue queue;
    private final TransactionTemplate outsideTransaction;

    GatewayGuardActions(Gateways gateways, ModerationQueue queue, PlatformTransactionManager transactionManager) {
        this.gateways = gateways;
        this.queue = queue;
        this.outsideTransaction = new TransactionTemplate(transactionManager);
        this.outsideTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    @Override
    public Removal remove(GuardDecision decision) {
        Set<ModerationAction> offered = offered(decision);
        if (offered.contains(ModerationAction.HIDE)) {
            moderate(ModerationAction.HIDE, decision, null, ACTOR);
            return Removal.HIDDEN;
        }
        moderate(ModerationAction.DELETE, decision, null, ACTOR);
        return Removal.DELETED;
    }

    @Override
    public boolean removalHidesConversation(GuardDecision decision) {
        return gateways.forChannel(decision.getChannel())
                .map(gateway -> gateway.removalHidesConversation(decision.getConversationKey(), decision.getMessageId()))
                .orElse(false);
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
    public void flag(GuardDecision decision, String text, boolean held, List<GuardActionFailed> failures) {
        long item = queue.flag(new ModerationFlag(decision.getChannel(), decision.getConversationKey(),
                decision.getMessageId(), decision.getMemberId(), decision.getMemberName(),
                text == null || text.isBlank() ? null : text, reason(decision), Flagger.rule(ACTOR), held)).itemId();
        failures.forEach(failure -> queue.recordFailure(item, failure.action(), failure.duration(), ACTOR,
                failure.getMessage()));
    }

    /**
     * The rule, what it looked at when that was the member's name rather than the message, and the
     * decision; the console words it in the reader's language (its {@code QueueWording}), so keep the form.
     */
    static String reason(GuardDecision decision) {
        if (decision.getSubject() == GuardSubject.NAME) {
            return "scam guard " + worstNameRule(decision) + " on the member's name (decision " + decision.getId() + ")";
        }
        return "scam guard " + decision.getRule() + " (decision " + decision.getId() + ")";
    }

    /**
     * The name's worst finding: the decision's rule is the worst of all, which may be one its text
     * broke while the action was chosen for the name. Findings are stored worst first, one a line.
     */
    private static String worstNameRule(GuardDecision decision) {
        return decision.getFindings().lines()
                .filter(line -> line.startsWith(NameCheck.RULE_PREFIX))
                .map(line -> line.substring(0, line.indexOf(' ') < 0 ? line.length() : line.indexOf(' ')))
                .findFirst()
                .orElse(decision.getRule());
    }

    @Override
    public void handled(GuardDecision decision, String actor) {
        queue.handled(decision.getChannel(), decision.getMessageId(), actor);
    }

    private Set<ModerationAction> offered(GuardDecision decision) {
        return gateways.forChannel(decision.getChannel())
                .map(gateway -> gateway.moderationActions(decision.getConversationKey()))
                .orElse(Set.of());
    }

    private void moderate(ModerationAction action, GuardDecision decision, Duration duration, String actor) {
        Channel channel = decision.getChannel();
        ChannelGateway gateway = gateways.forChannel(channel).orElseThrow(() -> new GuardActionFailed(action,
                duration, "the " + channel.key() + " connector is off", null));
        if (!gateway.moderationActions(decision.getConversationKey()).contains(action)) {
            throw new GuardActionFailed(action, duration, channel.key() + " offers no " + action.key()
                    + " for messages of " + decision.getConversationKey(), null);
        }
        ModerationRequest request = new ModerationRequest(action, decision.getConversationKey(),
                decision.getMessageId(), decision.getMemberId(), duration, actor, decision.getRule());
        try {
            outsideTransaction.executeWithoutResult(status -> gateway.moderate(request));
        } catch (DeliveryException e) {
            throw new GuardActionFailed(action, duration, e.getMessage(), e);
        } catch (RuntimeException e) {
            // a defect of the connector, not the platform's answer: recorded all the same, never fatal
            log.warn("The {} gateway failed to {} message {} for the scam guard", channel.key(), action.key(),
                    decision.getMessageId(), e);
            throw new GuardActionFailed(action, duration, channel.key() + " failed to " + action.key() + ": " + e, e);
        }
    }
}
