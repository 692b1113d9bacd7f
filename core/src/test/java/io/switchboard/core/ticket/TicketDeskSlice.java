package io.switchboard.core.ticket;

import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.member.Member;
import io.switchboard.core.member.MemberRepository;
import io.switchboard.core.testing.StoppedClock;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.SupportThreadRepository;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.stereotype.Component;

/**
 * The ticket desk on the real schema (Flyway on H2), as the router and the staff API use it: the
 * workflow, the SLA, assignment, agents and VIP members, on a clock that stands still until a
 * test moves it (one clock for every test class that shares this context). The tests name it in {@code @ContextConfiguration} and make their people with
 * {@link People}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EntityScan(basePackages = "io.switchboard.core")
@EnableJpaRepositories(basePackages = "io.switchboard.core")
@EnableConfigurationProperties(TicketsProperties.class)
@Import({TicketWorkflow.class, TicketSla.class, TicketLifecycle.class, TicketAssigner.class, Agents.class,
        VipMembers.class, AssignmentLock.class, Accounts.class, StaffAudit.class, TicketDeskSlice.People.class})
public class TicketDeskSlice {

    /** The settings of the tests' database: H2 as the application runs it, PostgreSQL mode. */
    public static final String H2 = "spring.datasource.url=jdbc:h2:mem:tickets;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH";

    @Bean
    StoppedClock clock() {
        return new StoppedClock(Instant.parse("2026-12-01T09:00:00Z"));
    }

    /** Staff, agents and members, made the way the console makes them. */
    @Component
    public static class People {

        private final Accounts accounts;
        private final Agents agents;
        private final MemberRepository members;
        private final SupportThreadRepository threads;
        private final StoppedClock clock;

        People(Accounts accounts, Agents agents, MemberRepository members, SupportThreadRepository threads,
                StoppedClock clock) {
            this.accounts = accounts;
            this.agents = agents;
            this.members = members;
            this.threads = threads;
            this.clock = clock;
        }

        public void staff(String username, AccountRole role) {
            accounts.createStaff(username, username, role, "{noop}not-used");
        }

        /** An agent account with these skills and capacity, online. */
        public void onlineAgent(String username, int capacity, TicketCategory... skills) {
            offlineAgent(username, capacity, skills);
            agents.online("admin", username);
        }

        public void offlineAgent(String username, int capacity, TicketCategory... skills) {
            staff(username, AccountRole.AGENT);
            agents.configure("admin", username, skills.length == 0 ? EnumSet.noneOf(TicketCategory.class)
                    : EnumSet.copyOf(List.of(skills)), capacity);
        }

        /** A Telegram member's private support thread. */
        public SupportThread threadOf(Member member) {
            return threads.save(new SupportThread(Channel.TELEGRAM, member.getPlatformId(), member.getPlatformId(),
                    null, true, member, "en", clock.instant()));
        }

        public Member member(String platformId) {
            return members.save(new Member(Channel.TELEGRAM, platformId, clock.instant()));
        }
    }
}
