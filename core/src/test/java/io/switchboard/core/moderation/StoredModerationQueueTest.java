package io.switchboard.core.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.moderation.ModerationQueue.Effect;
import io.switchboard.core.moderation.ModerationQueue.Flagged;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What counts on a queue item, on the real schema: each flagger once, however often it flags or
 * its report is delivered. Each call commits on its own, as the channels' calls do.
 */
@DataJpaTest(properties = {"spring.jpa.hibernate.ddl-auto=validate",
    "spring.datasource.url=jdbc:h2:mem:moderation;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({StoredModerationQueue.class, StoredModerationQueueTest.FixedClock.class})
class StoredModerationQueueTest {

    private static final String GROUP = "-1001500000001";
    private static final Instant NOW = Instant.parse("2026-12-02T01:00:00Z");

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
    StoredModerationQueue queue;

    @Autowired
    ItemFlaggerRepository flaggers;

    /** A Telegram /report of the message by the member, sent as the command message {@code command}. */
    private static ModerationFlag report(int message, String member, int command) {
        return new ModerationFlag(Channel.TELEGRAM, GROUP, GROUP + ":" + message, "4100009", "Support Team",
                "DM me your seed phrase", "reported with /report in NovaEx Community", Flagger.member(member), false,
                GROUP + ":" + command);
    }

    private static ModerationFlag byRule(int message) {
        return new ModerationFlag(Channel.TELEGRAM, GROUP, GROUP + ":" + message, "4100009", "Support Team",
                "DM me your seed phrase", "scam guard impersonation", Flagger.rule("scam-guard"), false);
    }

    private int count(Flagged flagged) {
        return queue.item(flagged.itemId()).getFlagCount();
    }

    @Test
    void theSameMemberReportingAMessageTwiceCountsOnce() {
        Flagged first = queue.flag(report(10, "7001", 11));
        Flagged again = queue.flag(report(10, "7001", 12));

        assertThat(first.effect()).isEqualTo(Effect.OPENED);
        assertThat(again).isEqualTo(new Flagged(first.itemId(), Effect.REPEATED));
        assertThat(count(first)).isEqualTo(1);
    }

    @Test
    void twoMembersCountTwoAndARuleThatFlagsAgainStillCountsOnce() {
        Flagged first = queue.flag(report(20, "7001", 21));
        Flagged second = queue.flag(report(20, "7002", 22));
        Flagged rule = queue.flag(byRule(20));
        Flagged ruleAgain = queue.flag(byRule(20));

        assertThat(second).isEqualTo(new Flagged(first.itemId(), Effect.COUNTED));
        assertThat(rule.effect()).isEqualTo(Effect.COUNTED);
        assertThat(ruleAgain.effect()).isEqualTo(Effect.REPEATED);
        assertThat(count(first)).isEqualTo(3);
        assertThat(queue.item(first.itemId()).getFlaggedBy()).as("the first flagger stays on the item")
                .isEqualTo(Flagger.member("7001"));
    }

    @Test
    void aReportDeliveredAgainChangesNothingEvenAfterItsItemWasHandled() {
        Flagged first = queue.flag(report(30, "7001", 31));
        assertThat(queue.flag(report(30, "7001", 31))).isEqualTo(new Flagged(first.itemId(), Effect.REDELIVERED));

        queue.handled(Channel.TELEGRAM, GROUP + ":30", "mod");
        Flagged late = queue.flag(report(30, "7001", 31));
        Flagged anew = queue.flag(report(30, "7001", 32));

        assertThat(late).as("no new item for an old report").isEqualTo(new Flagged(first.itemId(), Effect.REDELIVERED));
        assertThat(anew.effect()).as("a new report after the item was handled").isEqualTo(Effect.OPENED);
        assertThat(count(first)).isEqualTo(1);
        assertThat(count(anew)).isEqualTo(1);
    }

    @Test
    void theUniqueKeysHoldWhenTwoInstancesStoreTheSameFlaggerOrTheSameReport() {
        Flagged first = queue.flag(report(40, "7001", 41));
        Flagged other = queue.flag(report(45, "7002", 46));

        // what a second instance would store, having checked before the first one committed
        assertThatThrownBy(() -> flaggers.save(new ItemFlagger(first.itemId(), report(40, "7001", 42), NOW)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> flaggers.save(new ItemFlagger(other.itemId(), report(45, "7009", 41), NOW)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(count(first)).isEqualTo(1);
        assertThat(count(other)).isEqualTo(1);
    }
}
