package io.switchboard.router.reply;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.core.ticket.SlaBreach;
import io.switchboard.core.ticket.TicketsProperties;
import io.switchboard.router.language.Language;
import io.switchboard.router.outbox.Outbox;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the staff's Telegram chat ({@code switchboard.tickets.escalation-chat-id}) about each missed
 * SLA target, through the outbox, in the transaction that records the breach: one message per breach,
 * however often the check runs. It names the ticket, its priority and category and whom it was
 * escalated to, nothing about the member. Without a chat configured, the ticket's record is all.
 */
@Component
class EscalationNotice {

    private final TicketsProperties properties;
    private final Outbox outbox;
    private final Replies replies;
    private final Language language;

    EscalationNotice(TicketsProperties properties, Outbox outbox, Replies replies) {
        this.properties = properties;
        this.outbox = outbox;
        this.replies = replies;
        this.language = Language.valueOf(properties.escalationLanguage().toUpperCase(Locale.ROOT));
    }

    @EventListener
    void notifyStaff(SlaBreach breach) {
        if (!properties.notifiesEscalationChat()) {
            return;
        }
        String chat = properties.escalationChatId();
        outbox.enqueue("sla-breach:" + breach.ticket().getNumber() + ":" + breach.target().name().toLowerCase(Locale.ROOT),
                new OutboundMessage(Channel.TELEGRAM, chat, chat, null, replies.escalation(language, breach),
                        TextFormat.PLAIN));
    }
}
