package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.inbound.InboundEventRepository;
import io.switchboard.core.inbound.InboundStatus;
import io.switchboard.core.outbox.OutboxRepository;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The scam guard on the forum, the whole application over HTTP: a member calling themselves
 * "NovaEx Support Team" posts a lookalike login link in the support board. The guard's choice for
 * the name (mute) is nothing the forum offers, so the post is hidden, the member goes to the
 * moderation queue with the mute that could not be done, and the processing of the post stands:
 * the decision, the queue item (the post's text, by the name) and the thread with the post marked
 * are all there. Its hidden post hid the topic, so no warning is posted into it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForumGuardFlowTest {

    private static final String PASSWORD = "forum-guard-member-password";
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FlowTestSupport.database(registry, "forum-guard-flow");
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    InboundEventRepository events;

    @Autowired
    OutboxRepository outbox;

    @Test
    void anImpersonatorsPhishingPostIsHiddenQueuedAndKeptInItsThreadThoughTheForumCannotMute() throws Exception {
        accounts.register("nova_helpdesk", "NovaEx Support Team", encoder.encode(PASSWORD));
        JsonNode written = FlowTestSupport.startTopic(port, "nova_helpdesk", PASSWORD, "help", "Withdrawals are frozen",
                "Verify your wallet at [the verification page](https://novaex-verify.com/login) to unlock it.");
        long topic = written.get("topicId").asLong();
        long post = written.get("postId").asLong();
        // a new member's first post with a link waits for a moderator, who lets it through unawares
        assertThat(written.get("status").asText()).isEqualTo("HELD");
        HttpResponse<String> approved = FlowTestSupport.postAsStaff(port,
                "/api/forum/moderation/posts/" + post + "/approve", "{\"reason\": \"looks fine\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

        JsonNode decision = await().atMost(Duration.ofSeconds(30)).until(() -> FlowTestSupport.guardDecisions(port),
                decisions -> !decisions.isEmpty()).get(0);
        assertThat(decision.get("memberName").asText()).isEqualTo("NovaEx Support Team");
        assertThat(decision.get("action").asText()).isEqualTo("mute");
        assertThat(decision.get("removal").asText()).isEqualTo("hidden");
        assertThat(decision.get("outcome").asText()).as("the mute was not done").isEqualTo("failed");
        assertThat(decision.get("detail").asText()).contains("message removed", "forum offers no mute");
        assertThat(events.findAll()).extracting(event -> event.getStatus()).containsOnly(InboundStatus.PROCESSED);

        assertThat(get("/api/forum/topics/" + topic, false).statusCode()).as("the topic is hidden").isEqualTo(404);
        JsonNode found = JSON.readTree(get("/api/forum/search?q="
                + URLEncoder.encode("verify wallet", StandardCharsets.UTF_8), false).body());
        assertThat(found.toString()).doesNotContain("novaex-verify");

        JsonNode item = queueItems().stream().filter(i -> i.get("messageId").asText().equals(String.valueOf(post)))
                .findFirst().orElseThrow();
        assertThat(item.get("status").asText()).isEqualTo("open");
        assertThat(item.get("flaggedBy").asText()).isEqualTo("scam-guard");
        assertThat(item.get("excerpt").asText()).as("moderators read the post, its author's name beside it")
                .contains("novaex-verify.com").doesNotContain("NovaEx Support Team");
        assertThat(item.get("memberName").asText()).isEqualTo("NovaEx Support Team");
        assertThat(item.get("reason").asText()).as("the name's finding, not the link's, chose the action")
                .startsWith("scam guard name.").contains("on the member's name").doesNotContain("link.lookalike");
        assertThat(outbox.findByDecisionKey("guard-warning:" + decision.get("id").asLong()))
                .as("no warning in a topic nobody can read any more").isEmpty();
        assertThat(item.get("steps")).singleElement().satisfies(step -> {
            assertThat(step.get("action").asText()).isEqualTo("mute");
            assertThat(step.get("outcome").asText()).isEqualTo("failed");
            assertThat(step.get("detail").asText()).contains("forum offers no mute");
        });
        assertThat(item.get("actions").toString()).as("a moderator can silence or ban from the queue")
                .contains("silence", "ban");

        JsonNode threads = JSON.readTree(get("/api/threads", true).body()).get("content");
        JsonNode thread = StreamSupport.stream(threads.spliterator(), false)
                .filter(t -> t.get("conversationKey").asText().equals("topic:" + topic)).findFirst().orElseThrow();
        JsonNode detail = JSON.readTree(get("/api/threads/" + thread.get("id").asLong(), true).body());
        assertThat(detail.get("status").asText()).as("nothing is left in it to answer").isEqualTo("CLOSED");
        assertThat(detail.get("messages")).filteredOn(message -> message.get("direction").asText().equals("IN"))
                .singleElement().satisfies(message -> {
            assertThat(message.get("text").asText()).contains("novaex-verify.com");
            assertThat(message.get("hidden").asBoolean()).as("marked as taken off the forum").isTrue();
        });

        // a moderator finds it was no scam after all: the post is back, and the thread open for an answer
        HttpResponse<String> undone = FlowTestSupport.postAsStaff(port,
                "/api/guard/decisions/" + decision.get("id").asLong() + "/undo", "");
        assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
        assertThat(get("/api/forum/topics/" + topic, false).statusCode()).isEqualTo(200);
        JsonNode reopened = JSON.readTree(get("/api/threads/" + thread.get("id").asLong(), true).body());
        assertThat(reopened.get("status").asText()).isEqualTo("OPEN");
        assertThat(reopened.get("messages").get(0).get("hidden").asBoolean()).isFalse();
    }

    private List<JsonNode> queueItems() throws Exception {
        HttpResponse<String> response = get("/api/moderation/queue", true);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(JSON.readTree(response.body()).get("content").spliterator(), false).toList();
    }

    private HttpResponse<String> get(String path, boolean staff) throws Exception {
        return FlowTestSupport.get(port, path, staff);
    }
}
