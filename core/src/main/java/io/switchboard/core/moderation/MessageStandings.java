package io.switchboard.core.moderation;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.guard.GuardDecision;
import io.switchboard.core.guard.GuardDecisionRepository;
import io.switchboard.core.thread.ThreadMessage;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Where members' messages stand ({@link MessageStanding}), for the moderation queue and the console's thread view. */
@Component
public class MessageStandings {

    private final GuardDecisionRepository guardDecisions;

    MessageStandings(GuardDecisionRepository guardDecisions) {
        this.guardDecisions = guardDecisions;
    }

    /** A member's message in a support thread, as the thread keeps it. */
    public MessageStanding of(ThreadMessage message) {
        return new MessageStanding(MessageState.of(message.isHidden(), message.isRemoved()),
                guardRemoval(message.getChannel(), message.getExternalId()).map(GuardDecision::getId).orElse(null));
    }

    /** The scam guard's decision that keeps the message off the platform; empty for none. */
    Optional<GuardDecision> guardRemoval(Channel channel, String messageId) {
        return guardDecisions.findByChannelAndMessageId(channel, messageId).stream()
                .filter(GuardDecision::keepsMessageAway)
                .findFirst();
    }
}
