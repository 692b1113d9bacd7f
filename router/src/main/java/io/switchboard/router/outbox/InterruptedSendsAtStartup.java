package io.switchboard.router.outbox;

import io.switchboard.core.cluster.ClusterProperties;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The claim's lease exists for other instances: it keeps them off a reply whose call may still be
 * under way. A single instance that starts has no such neighbour, so a reply still marked in flight
 * belongs to a sender that died with the previous process: it is made due at once (looked up on the
 * platform, or sent again where the platform cannot tell) rather than after the lease. With several
 * instances ({@code switchboard.cluster.pollers=postgres-lock}) another one may be mid-call on it,
 * and the lease decides.
 */
@Component
class InterruptedSendsAtStartup {

    private static final Logger log = LoggerFactory.getLogger(InterruptedSendsAtStartup.class);

    private final OutboxEntries entries;
    private final ClusterProperties cluster;
    private final TransactionTemplate tx;
    private final Clock clock;

    InterruptedSendsAtStartup(OutboxEntries entries, ClusterProperties cluster, PlatformTransactionManager transactions,
            Clock clock) {
        this.entries = entries;
        this.cluster = cluster;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void releaseInterruptedSends() {
        if (cluster.pollers() != ClusterProperties.Pollers.SINGLE_INSTANCE) {
            return;
        }
        Integer released = tx.execute(status -> entries.releaseInterrupted(clock.instant()));
        if (released != null && released > 0) {
            log.info("{} repl{} interrupted by the last stop are due now, not after the lease", released,
                    released == 1 ? "y" : "ies");
        }
    }
}
