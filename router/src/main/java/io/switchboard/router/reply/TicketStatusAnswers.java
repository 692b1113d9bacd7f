package io.switchboard.router.reply;

import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.member.Member;
import io.switchboard.core.member.MemberRepository;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketEvent;
import io.switchboard.core.ticket.TicketEventRepository;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.router.decision.StatusRequest;
import io.switchboard.router.language.Language;
import io.switchboard.router.language.LanguageDetector;
import io.switchboard.router.outbox.Outbox;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers a member's {@code /status} from their own tickets, on any channel: each ticket's number,
 * state and last change, and in a private conversation the support team's latest reply to them
 * (never a staff-only note, never who wrote it). In a group, where others read along, only number and
 * state, and a pointer to a private chat. A ticket that is not the member's gets the same answer as
 * one that does not exist. Nothing is recorded but the answer in the outbox: no member, thread or
 * ticket is created. Runs in the intake transaction.
 *
 * <p>Every answer ends with the link to "my requests" in the help center when the help center's public
 * address is configured ({@code switchboard.helpcenter.public-url}, the one setting the help center and the
 * router share): a member who also filed requests on the web follows them there.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class TicketStatusAnswers {

    /** The unresolved tickets listed at most; with none, the latest one is. */
    static final int LISTED = 3;
    /** Longer staff replies are cut here: the member has the whole text in the chat already. */
    static final int REPLY_LENGTH = 600;
    /** The help center's page of a member's requests (the help center's URL map). */
    static final String MY_REQUESTS = "/help/my/requests";

    private final MemberRepository members;
    private final TicketRepository tickets;
    private final TicketEventRepository events;
    private final Replies replies;
    private final Outbox outbox;
    /** {@code https://help.example.com/help/my/requests}, or null without a public address. */
    private final String myRequests;

    TicketStatusAnswers(MemberRepository members, TicketRepository tickets, TicketEventRepository events,
            Replies replies, Outbox outbox, @Value("${switchboard.helpcenter.public-url:}") String helpCenterUrl) {
        this.members = members;
        this.tickets = tickets;
        this.events = events;
        this.replies = replies;
        this.outbox = outbox;
        this.myRequests = helpCenterUrl.isBlank() ? null : helpCenterUrl.strip().replaceAll("/+$", "") + MY_REQUESTS;
    }

    /** Queues the answer to {@code inbound}, a member's status request. */
    public void answer(InboundMessage inbound, StatusRequest request) {
        Optional<Member> member = members.findByChannelAndPlatformId(inbound.channel(), inbound.author().platformId());
        Language language = LanguageDetector.resolve(inbound.author().language() != null ? inbound.author().language()
                : member.map(Member::getLanguage).orElse(null), inbound.text());
        List<Ticket> found = member.map(m -> ticketsOf(m, request)).orElse(List.of());
        String text;
        if (found.isEmpty()) {
            text = request.latest() ? replies.noTickets(language) : replies.ticketNotFound(language);
        } else if (inbound.privateChat()) {
            text = String.join("\n\n", found.stream().map(ticket -> details(ticket, language)).toList());
        } else {
            text = String.join("\n", found.stream()
                    .map(ticket -> replies.ticketStatus(language, ticket.getNumber(), ticket.getStatus())).toList())
                    + "\n" + replies.statusPrivateHint(language, inbound.channel());
        }
        if (myRequests != null) {
            text += "\n\n" + replies.helpCenterRequests(language, myRequests);
        }
        outbox.enqueue("reply:" + inbound.channel().key() + ":" + inbound.eventId(),
                new OutboundMessage(inbound.channel(), inbound.chat().chatId(), inbound.conversationKey(),
                        inbound.messageId(), text, TextFormat.PLAIN));
    }

    /** The named ticket when it is the member's; otherwise their unresolved ones, or else their latest. */
    private List<Ticket> ticketsOf(Member member, StatusRequest request) {
        if (!request.latest()) {
            return request.ticketId().flatMap(tickets::findById)
                    .filter(ticket -> ticket.getThread() != null
                            && Objects.equals(ticket.getThread().getMember().getId(), member.getId()))
                    .map(List::of).orElse(List.of());
        }
        List<Ticket> latest = tickets.findTop10ByThreadMemberOrderByIdDesc(member);
        List<Ticket> unresolved = latest.stream().filter(ticket -> ticket.getStatus().isUnresolved())
                .limit(LISTED).toList();
        return !unresolved.isEmpty() ? unresolved : latest.stream().limit(1).toList();
    }

    private String details(Ticket ticket, Language language) {
        StringBuilder text = new StringBuilder(replies.ticketStatus(language, ticket.getNumber(), ticket.getStatus()))
                .append('\n').append(replies.ticketUpdated(language, ticket.getUpdatedAt()));
        events.findFirstByTicketAndActionOrderByAtDescIdDesc(ticket, TicketEvent.AGENT_REPLY)
                .ifPresent(reply -> text.append('\n').append(replies.ticketLastReply(language, shortened(reply.getDetail()))));
        return text.toString();
    }

    private static String shortened(String reply) {
        String text = reply.strip();
        if (text.codePointCount(0, text.length()) <= REPLY_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, REPLY_LENGTH)) + "…";
    }
}
