package io.switchboard.core.ticket;

import static io.switchboard.core.ticket.TicketCategory.ACCOUNT_SECURITY;
import static io.switchboard.core.ticket.TicketCategory.TRADING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentRuleTest {

    @Test
    void theLeastLoadedAgentWithTheSkillGetsIt() {
        List<AgentLoad> online = List.of(
                new AgentLoad("ann", EnumSet.of(TRADING), 5, 3),
                new AgentLoad("bob", EnumSet.of(TRADING, ACCOUNT_SECURITY), 5, 1),
                new AgentLoad("cid", EnumSet.of(ACCOUNT_SECURITY), 5, 0));

        assertThat(AssignmentRule.pick(TRADING, null, online, null)).map(AgentLoad::username).contains("bob");
    }

    @Test
    void anAgentAtCapacityOrWithoutTheSkillIsPassedOver() {
        List<AgentLoad> online = List.of(
                new AgentLoad("ann", EnumSet.of(TRADING), 2, 2),
                new AgentLoad("cid", EnumSet.of(ACCOUNT_SECURITY), 5, 0));

        assertThat(AssignmentRule.pick(TRADING, null, online, null)).isEmpty();
    }

    @Test
    void equalLoadsGoByNameAndTheExceptedAgentIsSkipped() {
        List<AgentLoad> online = List.of(
                new AgentLoad("bob", EnumSet.of(TRADING), 5, 1),
                new AgentLoad("ann", EnumSet.of(TRADING), 5, 1));

        assertThat(AssignmentRule.pick(TRADING, null, online, null)).map(AgentLoad::username).contains("ann");
        assertThat(AssignmentRule.pick(TRADING, null, online, "ann")).map(AgentLoad::username).contains("bob");
    }

    @Test
    void aVipsDedicatedManagerGetsItWithoutTheSkillWhileTheyHaveRoom() {
        List<AgentLoad> online = List.of(
                new AgentLoad("ann", EnumSet.of(TRADING), 5, 0),
                new AgentLoad("mia", EnumSet.noneOf(TicketCategory.class), 2, 1));

        assertThat(AssignmentRule.pick(TRADING, "mia", online, null)).map(AgentLoad::username).contains("mia");
        assertThat(AssignmentRule.pick(TRADING, "mia", List.of(online.get(0),
                new AgentLoad("mia", EnumSet.noneOf(TicketCategory.class), 2, 2)), null))
                .as("a manager at capacity: the normal rule").map(AgentLoad::username).contains("ann");
        assertThat(AssignmentRule.pick(TRADING, "max", online, null))
                .as("an offline manager: the normal rule").map(AgentLoad::username).contains("ann");
    }
}
