package io.switchboard.admin.moderation;

import io.switchboard.core.audit.AuditTarget;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.gateway.ModerationRequest;
import io.switchboard.core.moderation.MessageStandings;
import io.switchboard.core.moderation.ModeratedMessages;
import io.switchboard.core.moderation.ModerationRefusedException;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadMessageRepository;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff moderating a member's message on its platform: the action goes through the channel's
 * gateway, and only once the platform has confirmed it does the thread show the message hidden
 * or removed. An action that makes no sense for the message as it stands is refused before
 * anything is sent, by the moderation queue's own rule ({@link MessageStandings}). A platform that refuses or cannot be reached changes nothing here; what it did is a
 * line of the staff audit log.
 */
@Service
class MessageModeration {

    private static final Logger log = LoggerFactory.getLogger(MessageModeration.class);

    private final ThreadMessageRepository messages;
    private final Map<Channel, ChannelGateway> gateways = new EnumMap<>(Channel.class);
    private final MessageStandings standings;
    private final ModeratedMessages moderated;
    private final StaffAudit audit;
    private final Clock clock;

    /** @param gateways the connectors that are on; none in an installation without any */
    MessageModeration(ThreadMessageRepository messages, ObjectProvider<ChannelGateway> gateways,
            MessageStandings standings, ModeratedMessages moderated, StaffAudit audit, Clock clock) {
        this.messages = messages;
        gateways.orderedStream().forEach(gateway -> this.gateways.put(gateway.channel(), gateway));
        this.standings = standings;
        this.moderated = moderated;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws io.switchboard.core.gateway.DeliveryException when the platform did not do it
     * @throws ModerationRefusedException when the action makes no sense for the message as it stands
     *     (hiding a hidden one...), the moderation queue's rule; nothing is sent then
     */
    @Transactional
    ModerationOutcome moderate(long threadId, long messageId, ModerationAction action, String staff) {
        ThreadMessage message = messages.findById(messageId)
                .filter(found -> found.getThread().getId() == threadId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "no message " + messageId + " in thread " + threadId));
        if (message.getDirection() != Direction.IN || message.getExternalId() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "only members' messages can be moderated, and message " + messageId + " is not one");
        }
        String conversation = message.getThread().getConversationKey();
        ChannelGateway gateway = Optional.ofNullable(gateways.get(message.getChannel()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT,
                        "the " + message.getChannel().key() + " connector is off, so nothing can be moderated there"));
        Set<ModerationAction> offered = gateway.moderationActions(conversation);
        if (!offered.contains(action)) {
            throw UnsupportedModeration.notOffered(action, offered.stream().map(ModerationAction::key).sorted().toList());
        }
        standings.of(message).check(action, false, message.getChannel(), message.getExternalId(), offered);
        gateway.moderate(ModerationRequest.onMessage(action, conversation, message.getExternalId(), staff));
        Object before = state(message);
        moderated.moderated(message.getChannel(), message.getExternalId(), action, clock.instant());
        audit.record(staff, "message." + action.key(), AuditTarget.of("message", messageId), before, state(message));
        log.info("{} did {} on {} message {} (thread {})", staff, action.key(), message.getChannel().key(), messageId,
                threadId);
        return ModerationOutcome.of(message, action);
    }

    private static Object state(ThreadMessage message) {
        return StaffAudit.state("channel", message.getChannel().key(), "threadId", message.getThread().getId(),
                "hidden", message.isHidden(), "removed", message.isRemoved());
    }
}
