package io.switchboard.core.phrasing;

import io.switchboard.core.thread.Direction;
import io.switchboard.core.ticket.Ticket;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The question a ticket is about: the member's last message in its thread when the ticket was
 * opened (the message that was escalated), or the thread's first message from the member when all
 * of them are stamped later (a platform's clock ahead of ours).
 */
@Service
@Transactional(readOnly = true)
public class TicketQuestions {

    /** The ticket reason of the router's {@code EscalationReason.NO_CONFIDENT_ANSWER}: no article was sure enough. */
    public static final String NO_CONFIDENT_ANSWER = "no-confident-answer";

    /** A ticket and the question it was opened on. */
    public record AskedQuestion(long ticketId, Instant openedAt, String text) {
    }

    private final EntityManager entities;

    TicketQuestions(EntityManager entities) {
        this.entities = entities;
    }

    /** Empty for a ticket without a thread, or a thread without a member's message. */
    public Optional<String> questionOf(Ticket ticket) {
        if (ticket.getThread() == null) {
            return Optional.empty();
        }
        List<Object[]> messages = entities.createQuery("select m.text, m.createdAt from ThreadMessage m"
                        + " where m.thread = :thread and m.direction = :in order by m.createdAt, m.id", Object[].class)
                .setParameter("thread", ticket.getThread())
                .setParameter("in", Direction.IN)
                .getResultList();
        return Optional.ofNullable(pick(messages, ticket.getCreatedAt()));
    }

    /**
     * The tickets opened for {@code reason} since {@code since}, newest first, each with its question;
     * tickets without one are left out. One query for all of them.
     */
    public List<AskedQuestion> openedSince(String reason, Instant since) {
        Map<Long, List<Object[]>> byTicket = new LinkedHashMap<>();
        Map<Long, Instant> openedAt = new LinkedHashMap<>();
        entities.createQuery("select t.id, t.createdAt, m.text, m.createdAt from Ticket t"
                        + " join ThreadMessage m on m.thread = t.thread"
                        + " where t.reason = :reason and t.createdAt >= :since and m.direction = :in"
                        + " order by t.createdAt desc, t.id desc, m.createdAt, m.id", Object[].class)
                .setParameter("reason", reason)
                .setParameter("since", since)
                .setParameter("in", Direction.IN)
                .getResultList().forEach(row -> {
                    long ticket = (Long) row[0];
                    openedAt.put(ticket, (Instant) row[1]);
                    byTicket.computeIfAbsent(ticket, id -> new ArrayList<>()).add(new Object[] {row[2], row[3]});
                });
        List<AskedQuestion> questions = new ArrayList<>();
        byTicket.forEach((ticket, messages) -> {
            String text = pick(messages, openedAt.get(ticket));
            if (text != null) {
                questions.add(new AskedQuestion(ticket, openedAt.get(ticket), text));
            }
        });
        return questions;
    }

    /**
     * @param messages (text, created at) pairs of the member's messages, oldest first
     * @return the last text at or before {@code openedAt}, else the first; null when there is none
     */
    private static String pick(List<Object[]> messages, Instant openedAt) {
        String question = null;
        for (Object[] message : messages) {
            if (question != null && ((Instant) message[1]).isAfter(openedAt)) {
                break;
            }
            question = (String) message[0];
        }
        return question;
    }
}
