package io.switchboard.core.outbox;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.gateway.TextFormat;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails that are not replies in a support thread (the help center's notices, the live chat's copies of agents'
 * replies and transcripts): each an outbox entry of channel EMAIL (chat = the address, a conversation no thread
 * has, a subject, the bot's notice), written in the caller's transaction under a decision key of its own, so the
 * outbox sends it once with its retries and failures visible to the operator.
 *
 * <p>Only where the e-mail channel exists ({@link #available}): an entry for a channel without a gateway would fail
 * and warn the operator. Core knows no connector, so it asks for a {@link ChannelGateway} of channel EMAIL.
 */
@Service
@Transactional
public class StandaloneMails {

    private final ObjectProvider<ChannelGateway> gateways;
    private final OutboxRepository outbox;

    StandaloneMails(ObjectProvider<ChannelGateway> gateways, OutboxRepository outbox) {
        this.gateways = gateways;
        this.outbox = outbox;
    }

    /** Whether there is an e-mail channel to send with. */
    @Transactional(readOnly = true)
    public boolean available() {
        return gateways.stream().anyMatch(gateway -> gateway.channel() == Channel.EMAIL);
    }

    /**
     * Queues one mail, unless its decision key was queued before (the same mail asked for twice is sent once).
     *
     * @param conversation what the mail belongs to ({@code help-request:12}); no support thread has it, so the
     *     e-mail gateway sends the mail on its own
     * @return whether it was queued now
     */
    public boolean enqueue(String decisionKey, String conversation, String to, String subject, String body,
            Instant at) {
        if (outbox.existsByDecisionKey(decisionKey)) {
            return false;
        }
        outbox.save(new OutboxEntry(decisionKey, new OutboundMessage(Channel.EMAIL, to, conversation, null, body,
                TextFormat.PLAIN, Sender.BOT_NOTICE, List.of(), subject, List.of(), null), null, at));
        return true;
    }
}
