package io.switchboard.router.announcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.SwitchboardApplication;
import io.switchboard.core.announcement.AnnouncementCategory;
import io.switchboard.core.announcement.AnnouncementContent;
import io.switchboard.core.announcement.AnnouncementText;
import io.switchboard.core.announcement.Announcements;
import io.switchboard.core.channel.Channel;
import io.switchboard.flow.ClusterInstances;
import io.switchboard.flow.FlowTestSupport;
import io.switchboard.testing.AtOnce;
import io.switchboard.testing.FakeTelegramServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the application in the {@code cluster} profile on one PostgreSQL schema (the
 * machine's, 127.0.0.1, database {@code test}) taking the same due announcements at the same
 * moment: each is fanned out by one of them, neither fails, and every copy reaches the fake
 * Telegram server once. The announcement route's timer is turned off (a poll interval of a day) so
 * that the test releases both instances' passes together. In the {@code router.announcement} package
 * to call those passes; runs in the {@code cluster} Maven profile only.
 */
class ClusterAnnouncementFanOutTest {

    private static final String SCHEMA = "switchboard_cluster_fan_out_test";
    private static final String CHANNEL = "-1001000000001";
    private static final List<String> CHATS = List.of(CHANNEL, "-1002000000002", "-1002000000003");
    private static final int ANNOUNCEMENTS = 6;
    private static final int PASSES_PER_INSTANCE = 3;
    private static final FakeTelegramServer TELEGRAM = FlowTestSupport.startTelegram();

    private static ClusterInstances instances;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        instances = ClusterInstances.start(SCHEMA, 2, ClusterAnnouncementFanOutTest::start);
    }

    @AfterAll
    static void stop() throws Exception {
        if (instances != null) {
            instances.close();
        }
        TELEGRAM.close();
    }

    @Test
    void twoInstancesFanningOutTheSameAnnouncementsAtOncePublishEachCopyOnceAndNeitherFails() throws Exception {
        Announcements announcements = instances.all().get(0).getBean(Announcements.class);
        for (int i = 0; i < ANNOUNCEMENTS; i++) {
            announcements.publish(new AnnouncementContent(null, AnnouncementCategory.MAINTENANCE,
                    Map.of("en", new AnnouncementText("Cluster notice " + i, "Wallets pause at 02:00 UTC.")),
                    Set.of(Channel.TELEGRAM), Instant.now().minusSeconds(1), null), "admin");
        }

        List<Integer> fannedOut = atOnce(fanOut -> fanOut.fanOutDue(Instant.now()), BroadcastFanOut.class);

        assertThat(fannedOut.stream().mapToInt(Integer::intValue).sum())
                .as("each announcement fanned out by one pass, and no pass failed").isEqualTo(ANNOUNCEMENTS);
        JdbcTemplate jdbc = instances.all().get(0).getBean(JdbcTemplate.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            atOnce(run -> {
                run.run();
                return 0;
            }, BroadcastRun.class);
            return jdbc.queryForObject("select count(*) from announcement_delivery where state = 'SENT'", Integer.class)
                    == ANNOUNCEMENTS * CHATS.size();
        });
        assertThat(jdbc.queryForObject("select count(*) from announcement_delivery", Integer.class))
                .isEqualTo(ANNOUNCEMENTS * CHATS.size());
        for (String chat : CHATS) {
            for (int i = 0; i < ANNOUNCEMENTS; i++) {
                String title = "<b>Cluster notice " + i + "</b>";
                assertThat(TELEGRAM.sentTo(chat)).as("copies of announcement %d in %s", i, chat)
                        .filteredOn(message -> message.text().startsWith(title)).hasSize(1);
            }
        }
    }

    /**
     * Runs {@code pass} on a bean of each instance from several threads, all released together.
     *
     * @return what each pass returned; a pass that threw fails the test
     */
    private static <B, R> List<R> atOnce(Function<B, R> pass, Class<B> bean) throws Exception {
        List<Callable<R>> passes = new ArrayList<>();
        for (ConfigurableApplicationContext instance : instances.all()) {
            B target = instance.getBean(bean);
            for (int i = 0; i < PASSES_PER_INSTANCE; i++) {
                passes.add(() -> pass.apply(target));
            }
        }
        return AtOnce.run(passes);
    }

    private static ConfigurableApplicationContext start() {
        String[] telegram = FlowTestSupport.arguments(TELEGRAM, "polling",
                FlowTestSupport.POSTGRES + "?currentSchema=" + SCHEMA);
        String[] cluster = {
            "--spring.profiles.active=cluster",
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=",
            "--spring.flyway.schemas=" + SCHEMA,
            "--switchboard.telegram.announcement-chat-id=" + CHANNEL,
            "--switchboard.telegram.announcement-group-ids=" + String.join(",", CHATS.subList(1, CHATS.size())),
            // the test runs the announcement passes itself; the route's timer (and the outbox's) waits a day
            "--switchboard.router.outbox-poll-interval=1d",
            "--switchboard.router.group-chat-send-rate=10/1s",
            // no ticket is opened here: no RabbitMQ needed
            "--switchboard.tickets.queue-uri=seda:tickets",
            "--server.port=0",
        };
        return new SpringApplicationBuilder(SwitchboardApplication.class)
                .run(Stream.concat(Stream.of(telegram), Stream.of(cluster)).toArray(String[]::new));
    }
}
