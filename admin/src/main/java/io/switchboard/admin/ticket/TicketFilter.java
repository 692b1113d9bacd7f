package io.switchboard.admin.ticket;

import io.switchboard.core.account.Account;
import io.switchboard.core.callback.CallBackRequest;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketPriority;
import io.switchboard.core.ticket.TicketStatus;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * Which tickets a list shows, and in which order; every component may be null (no filter), and
 * the console and {@code GET /api/tickets} read it from the same query parameters.
 *
 * @param assignee a staff user name, {@link #ME} for the signed-in staff member, or
 *     {@link #UNASSIGNED} for the queue nobody has taken yet
 * @param vip true: only VIP members' tickets; false: only the others
 * @param breached true: only tickets that missed a service-level target
 * @param phone true: only the phone queue, the tickets of members who asked to be called back (their request's
 *     conversation has a {@link CallBackRequest}); a queue of its own beside the categories, since a call-back is
 *     still about account security or a failed transaction, and goes to the agents with that skill
 * @param order newest first unless {@link Order#QUEUE}
 */
record TicketFilter(TicketStatus status, TicketCategory category, TicketPriority priority, String assignee,
        Boolean vip, Boolean breached, Boolean phone, Order order) {

    static final String ME = "me";
    static final String UNASSIGNED = "none";

    /** The order of a list: the newest first, or the order the assignment serves the queue in. */
    enum Order {
        NEWEST,
        /** VIPs first, then the most urgent, then the longest waiting: who gets served next. */
        QUEUE
    }

    /** Whose "me" this is: the filter with {@link #ME} replaced by the user name. */
    TicketFilter forUser(String username) {
        return ME.equalsIgnoreCase(assignee)
                ? new TicketFilter(status, category, priority, username, vip, breached, phone, order) : this;
    }

    /** Call on a filter already {@link #forUser resolved}. */
    Specification<Ticket> specification() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (category != null) {
                where.add(cb.equal(root.get("category"), category));
            }
            if (priority != null) {
                where.add(cb.equal(root.get("priority"), priority));
            }
            if (UNASSIGNED.equalsIgnoreCase(assignee)) {
                where.add(cb.isNull(root.get("assignee")));
            } else if (assignee != null && !assignee.isBlank()) {
                where.add(cb.equal(root.get("assignee"), Account.normalize(assignee)));
            }
            if (vip != null) {
                where.add(cb.equal(root.get("vip"), vip));
            }
            if (Boolean.TRUE.equals(breached)) {
                where.add(cb.isTrue(root.get("breached")));
            }
            if (Boolean.TRUE.equals(phone) && query != null) {
                Subquery<String> callBacks = query.subquery(String.class);
                callBacks.select(callBacks.from(CallBackRequest.class).get("conversationKey"));
                Path<Object> thread = root.get("thread");
                where.add(cb.equal(thread.get("channel"), Channel.WEB));
                where.add(thread.get("conversationKey").in(callBacks));
            }
            // The count query of a page must not be ordered.
            if (query != null && query.getResultType() != Long.class) {
                query.orderBy(order == Order.QUEUE ? queueOrder(root, cb) : newestFirst(root, cb));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static List<jakarta.persistence.criteria.Order> newestFirst(Root<Ticket> root, CriteriaBuilder cb) {
        return List.of(cb.desc(root.get("createdAt")), cb.desc(root.get("id")));
    }

    /** The assignment's queue order; priorities are stored by name, so their rank is spelled out. */
    private static List<jakarta.persistence.criteria.Order> queueOrder(Root<Ticket> root, CriteriaBuilder cb) {
        CriteriaBuilder.SimpleCase<TicketPriority, Integer> rank = cb.selectCase(root.get("priority"));
        for (TicketPriority value : TicketPriority.values()) {
            rank.when(value, value.ordinal());
        }
        Expression<Integer> priorityRank = rank.otherwise(-1);
        return List.of(cb.desc(root.get("vip")), cb.desc(priorityRank), cb.asc(root.get("createdAt")),
                cb.asc(root.get("id")));
    }
}
