package io.switchboard.core.ticket;

import io.switchboard.core.account.Account;
import io.switchboard.core.account.AccountRepository;
import io.switchboard.core.account.AccountRole;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service-level targets: a ticket's first response and resolution are due a priority's target
 * after it opened ({@code switchboard.tickets.first-response.*}, {@code resolution.*}), sooner for a
 * VIP. The router's periodic check marks each missed target once, writes it in the history and
 * escalates it to the VIP member's dedicated manager, if any, and {@code switchboard.tickets.sla-manager},
 * or every admin when none is set; each breach is published once as a {@link SlaBreach}.
 */
@Service
@Transactional
public class TicketSla {

    private static final Logger log = LoggerFactory.getLogger(TicketSla.class);

    static final String BREACH = "sla-breach";

    private final TicketRepository tickets;
    private final TicketEventRepository events;
    private final AccountRepository accounts;
    private final TicketsProperties properties;
    private final ApplicationEventPublisher publisher;
    private final AssignmentLock assignmentLock;
    private final Clock clock;

    TicketSla(TicketRepository tickets, TicketEventRepository events, AccountRepository accounts,
            TicketsProperties properties, ApplicationEventPublisher publisher, AssignmentLock assignmentLock,
            Clock clock) {
        this.tickets = tickets;
        this.events = events;
        this.accounts = accounts;
        this.properties = properties;
        this.publisher = publisher;
        this.assignmentLock = assignmentLock;
        this.clock = clock;
    }

    /** Sets the due times from the ticket's priority and VIP mark; again after either changes. */
    public void schedule(Ticket ticket) {
        ticket.scheduleTargets(
                ticket.getCreatedAt().plus(properties.target(properties.firstResponse(), ticket.getPriority(),
                        ticket.isForVip())),
                ticket.getCreatedAt().plus(properties.target(properties.resolution(), ticket.getPriority(),
                        ticket.isForVip())));
    }

    /** Marks the targets unresolved tickets missed since the last check. @return how many */
    public int checkBreaches() {
        // it changes tickets, so it takes the assignment lock first, as every staff action does:
        // marking tickets in its own order against assignment's order could deadlock on PostgreSQL
        assignmentLock.acquire();
        Instant now = clock.instant();
        List<Ticket> unresolved = tickets.findByStatusIn(TicketStatus.unresolved());
        String managers = null;
        int breaches = 0;
        for (Ticket ticket : unresolved) {
            boolean firstResponseMissed = ticket.getFirstResponseBreachedAt() == null
                    && ticket.getRespondedAt() == null && isPast(ticket.getFirstResponseDueAt(), now);
            boolean resolutionMissed = ticket.getResolutionBreachedAt() == null
                    && isPast(ticket.getResolutionDueAt(), now);
            if (!firstResponseMissed && !resolutionMissed) {
                continue;
            }
            managers = managers == null ? managers() : managers;
            String escalatedTo = escalatedTo(ticket, managers);
            if (firstResponseMissed) {
                ticket.markFirstResponseBreached(now, escalatedTo);
                record(new SlaBreach(ticket, SlaBreach.Target.FIRST_RESPONSE, ticket.getFirstResponseDueAt(),
                        escalatedTo), now);
                breaches++;
            }
            if (resolutionMissed) {
                ticket.markResolutionBreached(now, escalatedTo);
                record(new SlaBreach(ticket, SlaBreach.Target.RESOLUTION, ticket.getResolutionDueAt(), escalatedTo),
                        now);
                breaches++;
            }
        }
        // Every check-interval: only a check that found something is worth a line at INFO.
        if (breaches > 0) {
            log.info("SLA check: {} unresolved ticket(s), {} new breach(es)", unresolved.size(), breaches);
        } else {
            log.debug("SLA check: {} unresolved ticket(s), no new breach", unresolved.size());
        }
        return breaches;
    }

    private void record(SlaBreach breach, Instant now) {
        Ticket ticket = breach.ticket();
        events.save(new TicketEvent(ticket, now, TicketEvent.SYSTEM, BREACH,
                breach.target().label() + " was due " + breach.due() + "; escalated to " + breach.escalatedTo()));
        log.warn("{} missed its {} target (due {}), escalated to {}", ticket.getNumber(), breach.target().label(),
                breach.due(), breach.escalatedTo());
        publisher.publishEvent(breach);
    }

    /** A VIP's dedicated manager first, then the desk's managers, each name once. */
    private static String escalatedTo(Ticket ticket, String managers) {
        String manager = ticket.getVipManager();
        if (manager == null) {
            return managers;
        }
        return Stream.concat(Stream.of(manager), Stream.of(managers.split(",\\s*")))
                .filter(name -> !name.isBlank()).distinct().collect(Collectors.joining(", "));
    }

    private static boolean isPast(Instant due, Instant now) {
        return due != null && !now.isBefore(due);
    }

    private String managers() {
        if (!properties.slaManager().isBlank()) {
            return Account.normalize(properties.slaManager());
        }
        return accounts.findByRoleAndBotFalseOrderByUsernameAsc(AccountRole.ADMIN).stream()
                .map(Account::getUsername).collect(Collectors.joining(", "));
    }
}
