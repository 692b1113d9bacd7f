package io.switchboard.router.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.RouterTestApplication;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.ticket.Agents;
import io.switchboard.core.ticket.TicketAssigner;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketPriority;
import io.switchboard.core.ticket.TicketWorkflow;
import io.switchboard.testing.AtOnce;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several threads serving the queue at the same moment, as the intake, the periodic check and staff
 * actions do in one process: each ticket is given once and no agent gets more than their capacity.
 */
@SpringBootTest(classes = RouterTestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:concurrent-assignment;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000",
        "switchboard.tickets.check-interval=1d"})
class ConcurrentAssignmentTest {

    private static final int TICKETS = 30;
    private static final int CAPACITY = 4;
    private static final List<String> AGENTS = List.of("cara", "dev", "eli");
    private static final int SERVERS = 6;

    @Autowired
    TicketWorkflow workflow;
    @Autowired
    TicketAssigner assigner;
    @Autowired
    Agents agents;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void servingTheQueueFromSeveralThreadsAtOnceGivesEachTicketOnceAndFillsNobodyPastCapacity() throws Exception {
        for (String name : AGENTS) {
            accounts.syncStaff(name, AccountRole.AGENT, "{noop}secret", hash -> true);
            agents.configure("admin", name, EnumSet.of(TicketCategory.TRADING), CAPACITY);
        }
        for (int i = 0; i < TICKETS; i++) {
            workflow.openByHand("question " + i, TicketCategory.TRADING, TicketPriority.NORMAL, null, "admin");
        }
        // Online without serving the queue, so that the threads below find all of it waiting.
        jdbc.update("update agent set online = true");

        List<Callable<Integer>> servers = Collections.nCopies(SERVERS, assigner::assignQueued);
        int assigned = AtOnce.run(servers).stream().mapToInt(Integer::intValue).sum();

        assertThat(assigned).isEqualTo(AGENTS.size() * CAPACITY);
        Map<String, Long> loads = jdbc.queryForList("select assignee from ticket where assignee is not null",
                String.class).stream().collect(Collectors.groupingBy(name -> name, Collectors.counting()));
        assertThat(loads).containsOnlyKeys(AGENTS).allSatisfy((agent, load) -> assertThat(load).isEqualTo(CAPACITY));
        assertThat(jdbc.queryForObject("select count(*) from ticket_event where action = 'assigned'", Long.class))
                .as("one history line per ticket given").isEqualTo(AGENTS.size() * CAPACITY);
    }
}
