package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.FakeTelegramServer.SentMessage;
import io.switchboard.testing.TelegramUpdates;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code cluster} profile against the machine's PostgreSQL and RabbitMQ (127.0.0.1, database
 * {@code test}, guest/guest): the Flyway schema and the whole pipeline on PostgreSQL, and each new
 * ticket published to the RabbitMQ queue the desk reads. Each run starts from an empty schema and
 * an empty queue of its own; they are left in place afterwards, because the application is still
 * running when JUnit's class callbacks end. Runs in the {@code cluster} Maven profile only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("cluster")
class ClusterProfileFlowTest {

    private static final String SCHEMA = "switchboard_cluster_test";
    private static final String QUEUE = "switchboard.tickets.cluster-test";
    private static final FakeTelegramServer TELEGRAM = FlowTestSupport.startTelegram();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws SQLException {
        FlowTestSupport.postgres(registry, TELEGRAM, "polling", SCHEMA);
        registry.add("switchboard.tickets.queue-uri", () -> "spring-rabbitmq:switchboard.tickets?routingKey=" + QUEUE
                + "&queues=" + QUEUE + "&autoDeclareProducer=true");
    }

    /** The ticket route declared the queue at start-up; what an earlier run left in it goes. */
    @BeforeAll
    static void emptyQueue(@Autowired RabbitAdmin rabbit) {
        rabbit.purgeQueue(QUEUE, false);
    }

    @AfterAll
    static void stopTelegram() throws Exception {
        TELEGRAM.close();
    }

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    TicketRepository tickets;

    @LocalServerPort
    int port;

    @Test
    void aKnowledgeBaseQuestionIsAnsweredWithTheSchemaOnPostgres() {
        long updateId = TELEGRAM.nextUpdateId();
        TELEGRAM.publish(updateId, TelegramUpdates.privateText(updateId, 51, 7501, "en",
                "I lost my phone with Google Authenticator, how do I reset 2FA?"));

        await().atMost(Duration.ofSeconds(30)).until(() -> !TELEGRAM.sentTo("7501").isEmpty());
        SentMessage reply = TELEGRAM.sentTo("7501").get(0);
        assertThat(reply.text()).containsIgnoringCase("authenticator");
        assertThat(reply.replyToMessageId()).isEqualTo(51);
    }

    @Test
    void aNewTicketIsPublishedToTheRabbitMqQueueTheDeskReads() throws Exception {
        long updateId = TELEGRAM.nextUpdateId();
        TELEGRAM.publish(updateId, TelegramUpdates.privateText(updateId, 61, 7601, "zh", "转人工客服"));

        await().atMost(Duration.ofSeconds(30)).until(() -> !TELEGRAM.sentTo("7601").isEmpty());
        Ticket ticket = tickets.findAll().stream()
                .filter(t -> t.getThread() != null && t.getThread().getChatId().equals("7601"))
                .findFirst().orElseThrow();
        Message published = rabbit.receive(QUEUE, Duration.ofSeconds(20).toMillis());

        assertThat(published).as("a message on " + QUEUE).isNotNull();
        JsonNode event = new ObjectMapper().readTree(published.getBody());
        assertThat(event.path("number").asText()).isEqualTo(ticket.getNumber());
        assertThat(event.path("channel").asText()).isEqualTo("telegram");
        assertThat(TELEGRAM.sentTo("7601").get(0).text()).contains(ticket.getNumber());
    }

    @Test
    void healthShowsPostgresAndRabbitMq() throws Exception {
        HttpResponse<String> response = FlowTestSupport.get(port, "/actuator/health", true);

        JsonNode components = new ObjectMapper().readTree(response.body()).path("components");
        assertThat(components.path("db").path("details").path("database").asText().toLowerCase(Locale.ROOT))
                .isEqualTo("postgresql");
        assertThat(components.path("rabbit").path("status").asText()).isEqualTo("UP");
    }
}
