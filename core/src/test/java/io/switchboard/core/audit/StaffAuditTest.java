package io.switchboard.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.json.AutoConfigureJson;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The log on the real schema: states as compact JSON, families of actions, summaries kept short. */
@DataJpaTest(properties = {"spring.jpa.hibernate.ddl-auto=validate",
    "spring.datasource.url=jdbc:h2:mem:audit;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
@AutoConfigureJson
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({StaffAudit.class, StaffAuditTest.FixedClock.class})
class StaffAuditTest {

    static final Instant NOW = Instant.parse("2026-12-01T09:30:00Z");

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class JpaApp {
    }

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    StaffAudit audit;

    @Test
    void aStateIsCompactJsonInTheOrderGivenWithItsNullsAndTextStaysText() {
        audit.record("dana", "ticket.assign", AuditTarget.of("ticket", "T-7"), StaffAudit.state("assignee", null),
                StaffAudit.state("assignee", "dana", "at", NOW));
        audit.record("mia", "forum.post-hide", AuditTarget.of("forum-post", 12), "spam", "status=VISIBLE",
                "status=HIDDEN");

        StaffAuditEntry assign = audit.search(AuditQuery.action("ticket.assign"), 0, 5).getContent().get(0);
        assertThat(assign.getBefore()).isEqualTo("{\"assignee\":null}");
        assertThat(assign.getAfter()).isEqualTo("{\"assignee\":\"dana\",\"at\":\"2026-12-01T09:30:00Z\"}");
        assertThat(assign.getAt()).isEqualTo(NOW);
        StaffAuditEntry hide = audit.search(AuditQuery.action("forum"), 0, 5).getContent().get(0);
        assertThat(hide.getTargetId()).isEqualTo("12");
        assertThat(hide.getBefore()).isEqualTo("status=VISIBLE");
        assertThat(hide.getReason()).isEqualTo("spam");
    }

    @Test
    void aFamilyIsAWholeFirstPartAndLikeCharactersAreTakenLiterally() {
        audit.record("dana", "ticket.status", AuditTarget.of("ticket", "T-1"), null, null);
        audit.record("dana", "ticketing.other", AuditTarget.of("ticket", "T-2"), null, null);
        audit.record("dana", "sign-in.failed", AuditTarget.of("account", "dana"), null, null);

        assertThat(audit.search(AuditQuery.action("ticket"), 0, 5).getContent())
                .extracting(StaffAuditEntry::getAction).containsExactly("ticket.status");
        assertThat(audit.search(AuditQuery.action("t%"), 0, 5).getContent()).isEmpty();
        assertThat(audit.search(AuditQuery.action("sign_in"), 0, 5).getContent()).isEmpty();
        assertThat(audit.search(new AuditQuery("DANA", null, "account", null, null, null), 0, 5).getContent())
                .extracting(StaffAuditEntry::getAction).containsExactly("sign-in.failed");
        assertThat(audit.search(new AuditQuery(null, null, null, null, NOW.plusSeconds(1), null), 0, 5)).isEmpty();
        assertThat(audit.search(new AuditQuery(null, null, null, null, NOW, NOW.plusSeconds(1)), 0, 5)).hasSize(3);
    }

    @Test
    void aLongReasonIsCutSoTheLineStillFits() {
        audit.record("dana", "forum.member-ban", AuditTarget.of("account", "troll"), "x".repeat(800), null, null);

        assertThat(audit.search(AuditQuery.ALL, 0, 1).getContent().get(0).getReason()).hasSize(500).endsWith("…");
    }
}
