package io.switchboard.admin.ticket;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketStatus;
import java.time.Duration;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Gauges of the ticket queue, the dashboard's two headline numbers: {@code switchboard.tickets.open}
 * (NEW, OPEN and PENDING_USER tickets) and {@code switchboard.tickets.breached} (those of them that missed
 * a first-response or resolution target). Both come from one query, which scrapes reuse for
 * {@link #FRESH_FOR}.
 */
@Component
class TicketMetrics implements MeterBinder {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final LoadingCache<Set<TicketStatus>, TicketRepository.BreachCount> counts;

    TicketMetrics(TicketRepository tickets) {
        this.counts = Caffeine.newBuilder().expireAfterWrite(FRESH_FOR).build(tickets::countWithBreaches);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("switchboard.tickets.open", () -> unresolved().getTickets())
                .description("tickets not resolved yet (new, open, or waiting for the member)")
                .register(registry);
        Gauge.builder("switchboard.tickets.breached", () -> unresolved().getBreached())
                .description("unresolved tickets that missed their first-response or resolution target")
                .register(registry);
    }

    private TicketRepository.BreachCount unresolved() {
        return counts.get(TicketStatus.unresolved());
    }
}
