package io.switchboard.core.moderation;

import io.switchboard.core.audit.AuditTarget;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.gateway.ModerationRequest;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff working the moderation queue: every action goes through the channel's gateway, the one
 * path of every channel, and its outcome is recorded on the item whatever it was. An action the
 * platform confirmed handles the item; one it refused or could not take leaves it open.
 *
 * <p>The platform is called outside any transaction: a slow or failing platform holds no database
 * connection, and a gateway that has transactions of its own (the forum's) cannot roll back the
 * record of its failure. Each action and dismissal is a line of the staff audit log, with the
 * item's status before and after and the platform's outcome.
 */
@Service
public class ModerationDesk {

    private static final Logger log = LoggerFactory.getLogger(ModerationDesk.class);

    /** The item as the gateway needs it. */
    private record Target(Channel channel, String conversationKey, String messageId, String memberId, String reason,
            ModerationItem.Status status, MessageStanding standing, boolean held) {
    }

    private final StoredModerationQueue queue;
    private final ModerationItemRepository items;
    private final ObjectProvider<ChannelGateway> gatewayBeans;
    private final TransactionTemplate transactions;
    private final StaffAudit audit;
    private final QueuedMessages messages;
    private volatile Map<Channel, ChannelGateway> gateways;

    /**
     * @param gatewayBeans the connectors that are on; looked up on first use, as the forum's gateway
     *     itself needs the queue
     */
    ModerationDesk(StoredModerationQueue queue, ModerationItemRepository items, ObjectProvider<ChannelGateway> gatewayBeans,
            PlatformTransactionManager transactionManager, StaffAudit audit, QueuedMessages messages) {
        this.queue = queue;
        this.items = items;
        this.gatewayBeans = gatewayBeans;
        this.transactions = new TransactionTemplate(transactionManager);
        this.audit = audit;
        this.messages = messages;
    }

    /** Newest first; {@code status} and {@code channel} may be null for all. */
    public Page<QueueItem> queue(ModerationItem.Status status, Channel channel, Pageable pageable) {
        return transactions.execute(tx -> {
            Page<ModerationItem> page;
            if (status != null && channel != null) {
                page = items.findByStatusAndChannel(status, channel, pageable);
            } else if (status != null) {
                page = items.findByStatus(status, pageable);
            } else if (channel != null) {
                page = items.findByChannel(channel, pageable);
            } else {
                page = items.findAll(pageable);
            }
            return page.map(this::view);
        });
    }

    /** @throws ModerationItemNotFoundException for an unknown id */
    public QueueItem item(long id) {
        return transactions.execute(tx -> view(queue.item(id)));
    }

    /**
     * Carries out an action through the channel's gateway and records the outcome. A platform that
     * refuses, rate-limits or fails yields a {@code failed} step with its reason, not an exception.
     *
     * @param duration how long a mute, ban or silence lasts; null for good where the platform allows it
     * @throws ModerationItemNotFoundException for an unknown id
     * @throws ModerationRefusedException when the connector is off or the action is not offered for
     *     the item; nothing is sent then
     */
    public QueueItem act(long id, ModerationAction action, Duration duration, String staff) {
        Target target = transactions.execute(tx -> {
            ModerationItem item = queue.item(id);
            MessageStanding standing = messages.standing(item);
            return new Target(item.getChannel(), item.getConversationKey(), item.getMessageId(), item.getMemberId(),
                    item.getReason(), item.getStatus(), standing, item.getKind() == ModerationItem.Kind.HELD);
        });
        ChannelGateway gateway = gateway(target.channel()).orElseThrow(() -> new ModerationRefusedException(
                ModerationRefusedException.Reason.CONNECTOR_OFF, "the " + target.channel().key()
                        + " connector is off, so nothing can be moderated there", List.of()));
        List<ModerationAction> offered = offered(gateway, target.conversationKey(), target.memberId());
        if (!offered.contains(action)) {
            throw new ModerationRefusedException(ModerationRefusedException.Reason.UNSUPPORTED,
                    target.channel().key() + " does not offer " + action.key() + " for this item"
                            + (offered.isEmpty() ? " (it offers nothing here: dismiss it once handled)" : ""),
                    offered.stream().map(ModerationAction::key).toList());
        }
        target.standing().check(action, target.held(), target.channel(), target.messageId(), offered);
        Integer minutes = duration == null ? null : Math.toIntExact(duration.toMinutes());
        ModerationStep.Outcome outcome = ModerationStep.Outcome.DONE;
        String detail = null;
        try {
            gateway.moderate(new ModerationRequest(action, target.conversationKey(), target.messageId(),
                    target.memberId(), duration, staff, target.reason()));
        } catch (DeliveryException e) {
            outcome = ModerationStep.Outcome.FAILED;
            detail = failure(e);
        }
        log.info("{} did {} on moderation queue item {} ({} message {}): {}", staff, action.key(), id,
                target.channel().key(), target.messageId(), QueueItem.lower(outcome));
        ModerationStep.Outcome recorded = outcome;
        String reason = detail;
        return transactions.execute(tx -> {
            ModerationItem item = queue.record(id, action, minutes, staff, recorded, reason);
            if (recorded == ModerationStep.Outcome.DONE) {
                List<ModerationStep> steps = item.getSteps();
                messages.moderated(target.channel(), target.messageId(), action, steps.get(steps.size() - 1).getAt());
            }
            audit.record(staff, "moderation." + action.key(), target(id), state(target.status()),
                    StaffAudit.state("status", QueueItem.lower(item.getStatus()), "channel", target.channel().key(),
                            "messageId", target.messageId(), "durationMinutes", minutes,
                            "outcome", QueueItem.lower(recorded), "detail", reason));
            return view(item);
        });
    }

    /** Closes an open item without acting on the platform. */
    public QueueItem dismiss(long id, String staff) {
        return transactions.execute(tx -> {
            Object before = state(queue.item(id).getStatus());
            ModerationItem item = queue.dismiss(id, staff);
            audit.record(staff, "moderation.dismiss", target(id), before, state(item.getStatus()));
            return view(item);
        });
    }

    private static AuditTarget target(long itemId) {
        return AuditTarget.of("moderation-item", itemId);
    }

    private static Object state(ModerationItem.Status status) {
        return StaffAudit.state("status", QueueItem.lower(status));
    }

    private static String failure(DeliveryException e) {
        return switch (e.kind()) {
            case RATE_LIMITED -> "the platform asked to wait " + Math.max(1, e.retryAfter().toSeconds())
                    + " s, try again then: " + e.getMessage();
            case TRANSIENT -> "the platform could not be reached or failed, try again: " + e.getMessage();
            case PERMANENT -> "the platform refused: " + e.getMessage();
        };
    }

    /** With the actions that still make sense for the message as it stands, of those the channel offers. */
    private QueueItem view(ModerationItem item) {
        MessageStanding standing = messages.standing(item);
        List<String> actions = standing.sensible(gateway(item.getChannel())
                        .map(gateway -> offered(gateway, item.getConversationKey(), item.getMemberId()))
                        .orElse(List.of()), item.getKind() == ModerationItem.Kind.HELD).stream()
                .map(ModerationAction::key)
                .toList();
        return QueueItem.of(item, standing, actions);
    }

    /** What the gateway offers there, less the actions on the member when the author is unknown. */
    private static List<ModerationAction> offered(ChannelGateway gateway, String conversationKey, String memberId) {
        return gateway.moderationActions(conversationKey).stream()
                .filter(action -> memberId != null || !action.onMember())
                .sorted()
                .toList();
    }

    private Optional<ChannelGateway> gateway(Channel channel) {
        Map<Channel, ChannelGateway> known = gateways;
        if (known == null) {
            known = new EnumMap<>(Channel.class);
            for (ChannelGateway gateway : gatewayBeans.orderedStream().toList()) {
                known.put(gateway.channel(), gateway);
            }
            gateways = known;
        }
        return Optional.ofNullable(known.get(channel));
    }
}
