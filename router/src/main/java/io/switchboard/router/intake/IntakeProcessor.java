package io.switchboard.router.intake;

import io.switchboard.core.answer.AnswerDecision;
import io.switchboard.core.answer.AnswerEngine;
import io.switchboard.core.answer.AnswerQuery;
import io.switchboard.core.inbound.InboundEvent;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.Screening;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.router.decision.Decision;
import io.switchboard.router.decision.DecisionPolicy;
import io.switchboard.router.decision.MessageFacts;
import io.switchboard.router.decision.StatusRequest;
import io.switchboard.router.decision.VerifyRequest;
import io.switchboard.router.guard.Guard;
import io.switchboard.router.json.JsonCodec;
import io.switchboard.router.outbox.Gateways;
import io.switchboard.router.reply.ChoicePresses;
import io.switchboard.router.reply.Responder;
import io.switchboard.router.reply.TicketStatusAnswers;
import io.switchboard.router.reply.VerificationAnswers;
import io.switchboard.router.threading.ThreadedMessage;
import io.switchboard.router.threading.ThreadingService;
import io.switchboard.router.ticket.TicketCreated;
import io.switchboard.router.ticket.TicketDesk;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides one stored event in the caller's transaction: the thread message, the guard's decision on
 * it, the reply in the outbox, the ticket and the event's PROCESSED mark are committed together or not
 * at all. The caller holds the event's lane ({@link LaneBatches}), so no one else decides it meanwhile.
 */
@Component
class IntakeProcessor {

    private static final Logger log = LoggerFactory.getLogger(IntakeProcessor.class);

    private final JsonCodec json;
    private final ThreadingService threading;
    private final AnswerEngine engine;
    private final DecisionPolicy policy;
    private final TicketDesk desk;
    private final Responder responder;
    private final ChoicePresses presses;
    private final Gateways gateways;
    private final TicketStatusAnswers statusAnswers;
    private final VerificationAnswers verificationAnswers;
    private final Guard guard;
    private final IntakeMetrics metrics;
    private final Clock clock;

    IntakeProcessor(JsonCodec json, ThreadingService threading, AnswerEngine engine,
            DecisionPolicy policy, TicketDesk desk, Responder responder, ChoicePresses presses, Gateways gateways,
            TicketStatusAnswers statusAnswers, VerificationAnswers verificationAnswers, Guard guard,
            IntakeMetrics metrics, Clock clock) {
        this.json = json;
        this.threading = threading;
        this.engine = engine;
        this.policy = policy;
        this.desk = desk;
        this.responder = responder;
        this.presses = presses;
        this.gateways = gateways;
        this.statusAnswers = statusAnswers;
        this.verificationAnswers = verificationAnswers;
        this.guard = guard;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public IntakeOutcome process(InboundEvent event) {
        Long eventId = event.getId();
        InboundMessage inbound = json.read(event.getPayload(), InboundMessage.class);
        TicketCreated ticket = null;
        switch (inbound.kind()) {
            case MESSAGE -> ticket = handleMessage(event, inbound).orElse(null);
            case EDIT -> {
                Optional<ThreadedMessage> edited = threading.edit(inbound);
                if (edited.isEmpty()) {
                    log.debug("Event {} edits message {} that was never stored", eventId, inbound.messageId());
                }
                // an edit is never answered again, but a scam edited in is a scam
                edited.ifPresent(message -> guard.checkEdit(inbound, message));
            }
            case REMOVAL -> {
                if (!threading.remove(inbound)) {
                    log.debug("Event {} removes message {} that was never stored", eventId, inbound.messageId());
                }
            }
            case JOIN -> guard.checkJoin(inbound);
            case CHOICE -> ticket = presses.press(inbound).orElse(null);
            // Broadcast posts and signals are kept as events only: nobody asked anything.
            case CHANNEL_POST, SIGNAL -> {
            }
        }
        event.markProcessed(clock.instant());
        return new IntakeOutcome(ticket);
    }

    private Optional<TicketCreated> handleMessage(InboundEvent event, InboundMessage inbound) {
        Screening screening = inbound.screening();
        // a filed request is a ticket whatever its text says, even "/status"; a screened message gets no answer
        boolean commandsHeard = inbound.request() == null && screening.verdict() == Screening.Verdict.NONE;
        if (commandsHeard && verification(event, inbound)) {
            return Optional.empty();
        }
        Optional<StatusRequest> status = !commandsHeard ? Optional.empty()
                : policy.statusRequest(inbound.text(), inbound.privateChat(), inbound.addressesBot());
        if (status.isPresent()) {
            statusAnswers.answer(inbound, status.get());
            log.debug("{} message {}: status request", inbound.channel().key(), inbound.messageId());
            metrics.decided(event, IntakeMetrics.STATUS);
            return Optional.empty();
        }
        ThreadedMessage message = threading.record(inbound);
        if (screening.verdict() != Screening.Verdict.NONE) {
            screened(event, inbound, message);
            return Optional.empty();
        }
        if (guard.stopsMessage(inbound, message)) {
            // held or removed as a scam: the message stays in its thread for staff, unanswered
            metrics.decided(event, IntakeMetrics.HELD);
            return Optional.empty();
        }
        Optional<Ticket> openTicket = desk.unresolvedTicketOf(message.thread());
        AnswerDecision answer = inbound.text().isBlank() ? AnswerDecision.none(List.of())
                : engine.decide(new AnswerQuery(inbound.text(), inbound.channel(), inbound.privateChat(),
                        message.member().getLanguage()));
        Decision decision = policy.decide(new MessageFacts(inbound.text(), inbound.privateChat(),
                inbound.addressesBot(), !inbound.attachments().isEmpty(), openTicket.isPresent(),
                gateways.offersChoices(inbound.channel(), inbound.conversationKey()), inbound.request() != null,
                responder.followsAnswer(message.thread())), answer);
        openTicket.ifPresent(ticket -> desk.addMemberMessage(ticket, message.message()));
        log.debug("{} message {} in thread {}: {}", inbound.channel().key(), inbound.messageId(),
                message.thread().getId(), decision);
        metrics.decided(event, decision);
        return responder.act(decision, inbound, message, answer, openTicket);
    }

    /**
     * Answers a {@code /verify}, or a message the member forwarded to the bot in private (what scammers
     * sent them, to ask whether it is the exchange), with the verifier's verdicts: no thread, no ticket.
     *
     * @return whether the message was one of them
     */
    private boolean verification(InboundEvent event, InboundMessage inbound) {
        Optional<VerifyRequest> verify = policy.verifyRequest(inbound.text(), inbound.privateChat(),
                inbound.addressesBot());
        if (verify.isPresent()) {
            verificationAnswers.answer(inbound, verify.get());
        } else if (inbound.privateChat() && inbound.forwardedFrom() != null) {
            verificationAnswers.answerForwarded(inbound);
        } else {
            return false;
        }
        log.debug("{} message {}: verification", inbound.channel().key(), inbound.messageId());
        metrics.decided(event, IntakeMetrics.VERIFY);
        return true;
    }

    /**
     * A message the connector screened out stays in its thread for staff and is never answered: machine
     * mail (an auto-reply, a list) joins the thread's open ticket but never opens one, and mail claiming to
     * be the exchange is held for moderators with the guard.
     */
    private void screened(InboundEvent event, InboundMessage inbound, ThreadedMessage message) {
        Screening screening = inbound.screening();
        if (screening.verdict() == Screening.Verdict.IMPERSONATION) {
            guard.flagImpersonation(inbound, screening.reason());
            metrics.decided(event, IntakeMetrics.HELD);
            return;
        }
        desk.unresolvedTicketOf(message.thread())
                .ifPresent(ticket -> desk.addMemberMessage(ticket, message.message()));
        log.debug("{} message {} in thread {}: not answered, {}", inbound.channel().key(), inbound.messageId(),
                message.thread().getId(), screening.reason());
        metrics.decided(event, IntakeMetrics.SILENT);
    }
}
