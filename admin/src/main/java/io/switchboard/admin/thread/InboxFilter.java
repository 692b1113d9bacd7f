package io.switchboard.admin.thread;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.member.Member;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.Ticket;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * Which threads the inbox shows; every part is optional (null or blank for "any") and they combine.
 *
 * @param language the thread's language code ("zh", "en")
 * @param hasTicket true for threads that were escalated to a ticket, false for those never escalated
 * @param assignee only threads with a ticket assigned to this staff member (the inbox's "assigned to me")
 * @param search words found, ignoring case, in the member's name or handle or in any message of the thread
 */
record InboxFilter(Channel channel, ThreadStatus status, String language, Boolean hasTicket, String assignee,
        String search) {

    /** Longer searches are cut to this; no message field is searched for more than a sentence. */
    static final int MAX_SEARCH = 200;
    private static final char ESCAPE = '\\';

    static InboxFilter of(Channel channel, ThreadStatus status) {
        return new InboxFilter(channel, status, null, null, null, null);
    }

    InboxFilter {
        language = blankToNull(language);
        assignee = blankToNull(assignee);
        search = blankToNull(search);
        if (search != null && search.length() > MAX_SEARCH) {
            search = search.substring(0, MAX_SEARCH);
        }
    }

    Specification<SupportThread> specification() {
        return (thread, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (channel != null) {
                where.add(cb.equal(thread.get("channel"), channel));
            }
            if (status != null) {
                where.add(cb.equal(thread.get("status"), status));
            }
            if (language != null) {
                where.add(cb.equal(cb.lower(thread.get("language")), language.toLowerCase(Locale.ROOT)));
            }
            if (hasTicket != null) {
                Predicate escalated = cb.exists(tickets(thread, query.subquery(Long.class), cb, null));
                where.add(hasTicket ? escalated : cb.not(escalated));
            }
            if (assignee != null) {
                where.add(cb.exists(tickets(thread, query.subquery(Long.class), cb, assignee)));
            }
            if (search != null) {
                where.add(matches(thread, query.subquery(Long.class), cb));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** The thread's tickets, or only those assigned to {@code assignee} when it is not null. */
    private static Subquery<Long> tickets(Root<SupportThread> thread, Subquery<Long> subquery, CriteriaBuilder cb,
            String assignee) {
        Root<Ticket> ticket = subquery.from(Ticket.class);
        Predicate ofThread = cb.equal(ticket.get("thread"), thread);
        return subquery.select(ticket.get("id"))
                .where(assignee == null ? ofThread : cb.and(ofThread, cb.equal(ticket.get("assignee"), assignee)));
    }

    private Predicate matches(Root<SupportThread> thread, Subquery<Long> subquery, CriteriaBuilder cb) {
        String pattern = "%" + search.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Join<SupportThread, Member> member = thread.join("member");
        Root<ThreadMessage> message = subquery.from(ThreadMessage.class);
        subquery.select(message.get("id")).where(cb.equal(message.get("thread"), thread),
                contains(cb, message.get("text"), pattern));
        return cb.or(contains(cb, member.get("displayName"), pattern), contains(cb, member.get("handle"), pattern),
                cb.exists(subquery));
    }

    private static Predicate contains(CriteriaBuilder cb, Expression<String> field, String pattern) {
        return cb.like(cb.lower(field), pattern, ESCAPE);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
