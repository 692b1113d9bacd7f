package io.switchboard.connector.webchat.handoff;

import java.time.Clock;
import java.util.Locale;

import io.switchboard.core.livechat.ChatVisitor;
import io.switchboard.core.livechat.ChatVisitors;
import io.switchboard.core.livechat.UnknownVisitorException;
import io.switchboard.core.outbox.StandaloneMails;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketEvent;
import io.switchboard.core.ticket.TicketEventRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A visitor nobody could take now leaves an address: their conversation is then answered by e-mail. The address is
 * kept with the visitor and noted in their open ticket's history, and from then on every agent's reply delivered
 * to their chat window is also mailed to it (through the outbox, once per reply), so an answer given after they
 * closed the page still reaches them. Without an e-mail channel no address is taken: the replies wait in the chat
 * window, and the visitor is told so ({@link #available}).
 */
@Service
@Transactional
public class EmailFallback {

    /** The ticket history's action for an address left in the chat. */
    static final String ADDRESS_LEFT = "webchat-email";
    /** The conversation (and decision-key prefix) of the copies of replies. */
    static final String CONVERSATION_PREFIX = "webchat-mail:";

    private final ChatVisitors visitors;
    private final VisitorTickets tickets;
    private final TicketEventRepository history;
    private final StandaloneMails mails;
    private final ChatWording wording;
    private final Clock clock;

    EmailFallback(ChatVisitors visitors, VisitorTickets tickets, TicketEventRepository history, StandaloneMails mails,
            ChatWording wording, Clock clock) {
        this.visitors = visitors;
        this.tickets = tickets;
        this.history = history;
        this.mails = mails;
        this.wording = wording;
        this.clock = clock;
    }

    /** Whether answers can go by e-mail here: there is an e-mail channel. */
    @Transactional(readOnly = true)
    public boolean available() {
        return mails.available();
    }

    /**
     * @param address already checked to look like an e-mail address
     * @throws UnknownVisitorException when there is no such visitor
     * @throws MailUnavailableException when there is no e-mail channel to answer by
     */
    public void leaveAddress(String visitorKey, String address) {
        if (!available()) {
            throw new MailUnavailableException("answers by e-mail");
        }
        visitors.find(visitorKey).orElseThrow(() -> new UnknownVisitorException(visitorKey));
        visitors.setEmail(visitorKey, address);
        tickets.latest(visitorKey).filter(ticket -> ticket.getStatus().isUnresolved()).ifPresent(ticket ->
                history.save(new TicketEvent(ticket, clock.instant(), TicketEvent.SYSTEM, ADDRESS_LEFT,
                        "the visitor asked for answers by e-mail at " + address)));
    }

    /**
     * An agent's reply was delivered to the visitor's chat window: a copy by mail when they left an address and
     * there is an e-mail channel. In the delivery's transaction, so a delivery rolled back mails nothing.
     *
     * @param deliveryKey what names the delivered frame (the outbox entry's key); the copy's key is made from it
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void copyReply(ChatVisitor visitor, String deliveryKey, String reply) {
        if (visitor.email() == null || !mails.available()) {
            return;
        }
        Locale language = ChatWording.locale(visitor.language());
        String subject = tickets.latest(visitor.visitorKey()).map(Ticket::getNumber)
                .map(number -> wording.text("webchat.reply.subject", language, number))
                .orElseGet(() -> wording.text("webchat.reply.subject.plain", language));
        mails.enqueue(CONVERSATION_PREFIX + deliveryKey, CONVERSATION_PREFIX + visitor.visitorKey(), visitor.email(),
                subject, wording.text("webchat.reply.body", language, reply), clock.instant());
    }
}
