package io.switchboard.router.reply;

import io.switchboard.core.answer.AnswerDecision;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.router.decision.Decision;
import io.switchboard.router.decision.EscalationReason;
import io.switchboard.router.language.Language;
import io.switchboard.router.language.LanguageDetector;
import io.switchboard.router.outbox.Gateways;
import io.switchboard.router.outbox.Outbox;
import io.switchboard.router.threading.ThreadedMessage;
import io.switchboard.router.ticket.TicketCreated;
import io.switchboard.router.ticket.TicketDesk;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out a decision about a member's message: queues the reply, opens the ticket, moves the
 * thread on. Runs in the intake transaction, so all of it is stored together with the message.
 * In a public conversation the ticket notice tells the member where the ticket goes on in that
 * channel's words (a private chat, or the forum topic itself), so nobody posts account details in
 * public; where the platform no longer takes a reply at all, the
 * message becomes a ticket and nothing is sent. In a private chat that takes buttons, an answer asks
 * "Did this solve it?" and an unsure engine's offer lists articles to pick from
 * ({@link ChoiceReplies}); the member's press is handled by {@link ChoicePresses}. The bot's {@code /help} and
 * every answer that gives a contact end with the {@link TrustLine}.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class Responder {

    private final Outbox outbox;
    private final Gateways gateways;
    private final TicketDesk desk;
    private final Replies replies;
    private final ChoiceReplies choices;
    private final TrustLine trustLine;
    private final Clock clock;

    Responder(Outbox outbox, Gateways gateways, TicketDesk desk, Replies replies, ChoiceReplies choices,
            TrustLine trustLine, Clock clock) {
        this.outbox = outbox;
        this.gateways = gateways;
        this.desk = desk;
        this.replies = replies;
        this.choices = choices;
        this.trustLine = trustLine;
        this.clock = clock;
    }

    /**
     * @param answer the engine's verdict, for the ticket's category and the agents' suggestions
     * @param openTicket the thread's unresolved ticket, if it has one
     * @return the ticket to announce on the ticket queue once the transaction has committed
     */
    public Optional<TicketCreated> act(Decision decision, InboundMessage inbound, ThreadedMessage message,
            AnswerDecision answer, Optional<Ticket> openTicket) {
        SupportThread thread = message.thread();
        boolean speaks = !(decision instanceof Decision.Silent);
        if (speaks && !gateways.canReply(thread.getChannel(), thread.getConversationKey())) {
            return replyWindowClosed(message, answer, openTicket);
        }
        Language language = LanguageDetector.resolve(message.member().getLanguage(), inbound.text());
        if (decision instanceof Decision.Welcome) {
            reply(inbound, thread, trustLine.after(replies.welcome(language), language), Sender.BOT_NOTICE);
        } else if (decision instanceof Decision.Courtesy courtesy) {
            reply(inbound, thread, replies.courtesy(language, courtesy.kind()), Sender.BOT_NOTICE);
        } else if (decision instanceof Decision.AutoAnswer autoAnswer) {
            String text = trustLine.afterContact(autoAnswer.answer(), language);
            if (offersChoices(thread)) {
                choices.answer(replyKey(inbound), thread, message.message(), autoAnswer.articleKey(),
                        autoAnswer.confidence(), text, language);
            } else {
                reply(inbound, thread, text, Sender.BOT_ANSWER);
            }
            if (openTicket.isEmpty()) {
                thread.changeStatus(ThreadStatus.ANSWERED, clock.instant());
            }
        } else if (decision instanceof Decision.Offer offer) {
            // the ticket waits for the member's press; without an article to show, it is opened now
            if (!offersChoices(thread) || !choices.offer(replyKey(inbound), thread, message.message(),
                    offer.suggestions(), language)) {
                return Optional.of(desk.announcement(escalate(replyKey(inbound), inbound.messageId(), message,
                        EscalationReason.NO_CONFIDENT_ANSWER, answer, language)));
            }
        } else if (decision instanceof Decision.Escalate escalate) {
            Ticket ticket = inbound.request() != null ? desk.file(message, inbound.request(), answer)
                    : desk.open(message, escalate.reason(), answer);
            return Optional.of(desk.announcement(escalated(replyKey(inbound), inbound.messageId(), message, ticket,
                    language)));
        }
        return Optional.empty();
    }

    /**
     * Opens the ticket for {@code message} and tells the member its number.
     *
     * @param replyTo the member's message the notice answers, or null
     */
    Ticket escalate(String decisionKey, String replyTo, ThreadedMessage message, EscalationReason reason,
            AnswerDecision answer, Language language) {
        return escalated(decisionKey, replyTo, message, desk.open(message, reason, answer), language);
    }

    /** The thread of a ticket just opened is escalated, and the member told the ticket's number. */
    private Ticket escalated(String decisionKey, String replyTo, ThreadedMessage message, Ticket ticket,
            Language language) {
        SupportThread thread = message.thread();
        thread.changeStatus(ThreadStatus.ESCALATED, clock.instant());
        outbox.enqueue(decisionKey, thread, replyTo, thread.isPrivateChat()
                ? replies.ticketNotice(language, thread.getChannel(), ticket.getNumber(),
                        Duration.between(clock.instant(), ticket.getFirstResponseDueAt()))
                : replies.publicTicketNotice(language, thread.getChannel(), ticket.getNumber()), Sender.BOT_NOTICE);
        return ticket;
    }

    /**
     * Whether a member's new message in the thread tells that the bot's answer did not help: the channel
     * says so of a reply after an answer (an e-mail answer ends with "reply if it did not help"), and the
     * last thing said to the member was the bot's answer, not a notice or an agent's reply.
     */
    public boolean followsAnswer(SupportThread thread) {
        return gateways.followUpHandsOver(thread.getChannel(), thread.getConversationKey())
                && outbox.senderOfLastReply(thread).filter(kind -> kind == Sender.Kind.BOT_ANSWER).isPresent();
    }

    /** Buttons go only to private chats, and only where the platform shows them. */
    boolean offersChoices(SupportThread thread) {
        return thread.isPrivateChat() && gateways.offersChoices(thread.getChannel(), thread.getConversationKey());
    }

    /**
     * Nothing can be sent in the conversation any more, not even a ticket notice: an agent takes it
     * up through a ticket (the thread's open ticket already holds the message).
     */
    private Optional<TicketCreated> replyWindowClosed(ThreadedMessage message, AnswerDecision answer,
            Optional<Ticket> openTicket) {
        if (openTicket.isPresent()) {
            return Optional.empty();
        }
        Ticket ticket = desk.open(message, EscalationReason.REPLY_WINDOW_CLOSED, answer);
        message.thread().changeStatus(ThreadStatus.ESCALATED, clock.instant());
        return Optional.of(desk.announcement(ticket));
    }

    /**
     * One reply per inbound event: its decision key is the event's identity. Only an answer is
     * sent as one: a notice (the ticket's number, a greeting) must not be accepted as the answer.
     */
    private void reply(InboundMessage inbound, SupportThread thread, String text, Sender sender) {
        outbox.enqueue(replyKey(inbound), thread, inbound.messageId(), text, sender);
    }

    static String replyKey(InboundMessage inbound) {
        return "reply:" + inbound.channel().key() + ":" + inbound.eventId();
    }
}
