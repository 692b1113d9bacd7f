package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.SwitchboardApplication;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.ticket.Agents;
import io.switchboard.core.ticket.TicketAssigner;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketPriority;
import io.switchboard.core.ticket.TicketWorkflow;
import io.switchboard.testing.AtOnce;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the application in the {@code cluster} profile on one PostgreSQL schema (the
 * machine's, 127.0.0.1, database {@code test}) serving the same ticket queue at the same moment:
 * every ticket is given once and no agent gets more than their capacity. Runs in the
 * {@code cluster} Maven profile only.
 */
class ClusterAssignmentTest {

    private static final String SCHEMA = "switchboard_cluster_assignment_test";
    private static final int TICKETS = 40;
    private static final int CAPACITY = 5;
    private static final List<String> AGENTS = List.of("kai", "lea", "max");
    private static final int SERVERS_PER_INSTANCE = 4;

    private static ClusterInstances instances;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        instances = ClusterInstances.start(SCHEMA, 2, ClusterAssignmentTest::start);
        first = instances.all().get(0);
        second = instances.all().get(1);
    }

    @AfterAll
    static void stop() {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void twoInstancesServingTheQueueAtOnceGiveEachTicketOnceAndFillNobodyPastCapacity() throws Exception {
        for (String name : AGENTS) {
            first.getBean(Accounts.class).syncStaff(name, AccountRole.AGENT, "{noop}cluster-" + name, hash -> true);
            first.getBean(Agents.class).configure("admin", name, EnumSet.of(TicketCategory.DEPOSIT_WITHDRAWAL), CAPACITY);
        }
        TicketWorkflow workflow = first.getBean(TicketWorkflow.class);
        for (int i = 0; i < TICKETS; i++) {
            workflow.openByHand("withdrawal " + i, TicketCategory.DEPOSIT_WITHDRAWAL, TicketPriority.NORMAL, null,
                    "admin");
        }
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        // Online without serving the queue, so that both instances find all of it waiting.
        jdbc.update("update agent set online = true");

        int assigned = serveAtOnce(first.getBean(TicketAssigner.class), second.getBean(TicketAssigner.class));

        assertThat(assigned).isEqualTo(AGENTS.size() * CAPACITY);
        Map<String, Long> loads = jdbc.queryForList("select assignee from ticket where assignee is not null",
                String.class).stream().collect(Collectors.groupingBy(name -> name, Collectors.counting()));
        assertThat(loads).containsOnlyKeys(AGENTS).allSatisfy((agent, load) -> assertThat(load).isEqualTo(CAPACITY));
        assertThat(jdbc.queryForList("select ticket_id from ticket_event where action = 'assigned'", Long.class))
                .as("one history line per ticket given").hasSize(AGENTS.size() * CAPACITY).doesNotHaveDuplicates();
    }

    /** Each instance serves the queue from several threads, all released together; returns how many were given. */
    private static int serveAtOnce(TicketAssigner... instances) throws Exception {
        List<Callable<Integer>> servers = new ArrayList<>();
        for (TicketAssigner assigner : instances) {
            for (int i = 0; i < SERVERS_PER_INSTANCE; i++) {
                servers.add(assigner::assignQueued);
            }
        }
        return AtOnce.run(servers).stream().mapToInt(Integer::intValue).sum();
    }

    private static ConfigurableApplicationContext start() {
        // No ticket is published here, and the periodic check must not serve the queue meanwhile.
        return new SpringApplicationBuilder(SwitchboardApplication.class).run(ClusterInstances.arguments(SCHEMA,
                "--switchboard.tickets.check-interval=1d"));
    }
}
