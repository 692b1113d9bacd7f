package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.answer.AnswerEngine;
import io.switchboard.core.answer.AnswerQuery;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.TicketEventRepository;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole application, the forum as a support channel: a question in the support board is
 * answered by the bot in the topic, or becomes a ticket that the topic shows and an agent answers
 * from the staff API into the topic; accepting that answer resolves thread and ticket. All over
 * HTTP, as a member's client and the admin console would do it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForumSupportFlowTest {

    private static final String MEMBER_PASSWORD = "forum-member-password";
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:forum-flow;" + FlowTestSupport.H2_MODE);
        registry.add("switchboard.admin.password", () -> FlowTestSupport.ADMIN_PASSWORD);
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AnswerEngine engine;

    @Autowired
    SupportThreadRepository threads;

    @Autowired
    TicketRepository tickets;

    @Autowired
    TicketEventRepository ticketEvents;

    @Autowired
    TransactionTemplate tx;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aKnowledgeBaseQuestionInTheSupportBoardIsAnsweredByTheBotInTheTopic() throws Exception {
        member("asker-2fa");
        String question = "How do I reset my 2FA?\n\nI lost my phone with the authenticator app.";
        String expected = engine.decide(new AnswerQuery("How do I reset my 2FA?\n\n" + question.split("\n\n")[1],
                Channel.FORUM, false, "en")).answer();
        assertThat(expected).as("the default knowledge base answers this in public").isNotBlank();

        long topic = startTopic("asker-2fa", "How do I reset my 2FA?", "I lost my phone with the authenticator app.");

        JsonNode answer = awaitOfficialPosts(topic, 1).get(0);
        assertThat(answer.get("authorName").asText()).isEqualTo("NovaEx Support");
        assertThat(answer.get("html").asText()).contains(firstWords(expected));
        assertThat(get("/api/forum/topics/" + topic).get("ticket").isNull()).isTrue();
        String page = getPage("/forum/t/" + topic);
        assertThat(page).contains("Official answer from the support bot").doesNotContain("A support agent will answer here");
    }

    @Test
    void anUnknownQuestionBecomesATicketTheTopicShowsAndTheAgentsReplyResolvesWhenAccepted() throws Exception {
        member("asker-kyc");
        long topic = startTopic("asker-kyc", "Why was my nickname change request rejected?",
                "I asked yesterday to change my nickname and it was refused. Please check my profile.");

        // the ticket notice arrives as the bot's post, and the topic shows who will answer
        JsonNode notice = awaitOfficialPosts(topic, 1).get(0);
        assertThat(notice.get("kind").asText()).isEqualTo("NOTICE");
        assertThat(notice.get("answer").asBoolean()).isFalse();
        HttpResponse<String> noticeAccepted = accept(notice, "asker-kyc");
        assertThat(noticeAccepted.statusCode()).as("a notice is not an answer").isEqualTo(400);
        assertThat(noticeAccepted.body()).contains("only answers can be accepted");
        JsonNode detail = get("/api/forum/topics/" + topic);
        String ticketNumber = detail.get("ticket").get("number").asText();
        assertThat(detail.get("ticket").get("status").asText()).isEqualTo("NEW");
        assertThat(ticketNumber).startsWith("T-");
        assertThat(getPage("/forum/t/" + topic)).contains("A support agent will answer here (ticket " + ticketNumber + ")")
                .doesNotContain("forum-member-password");

        long threadId = threadOf(topic);
        HttpResponse<String> queued = send(HttpRequest.newBuilder(uri("/api/threads/" + threadId + "/replies"))
                .header("Authorization", basic("admin", FlowTestSupport.ADMIN_PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"We checked: nicknames need **7 days** between changes. You can change it again on Friday.\"}")));
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);

        JsonNode agentReply = awaitOfficialPosts(topic, 2).get(1);
        assertThat(agentReply.get("html").asText()).contains("<strong>7 days</strong>");
        assertThat(agentReply.get("kind").asText()).isEqualTo("STAFF_REPLY");
        assertThat(agentReply.get("author").asText()).as("posted as the staff member").isEqualTo("admin");
        assertThat(agentReply.get("authorRole").asText()).isEqualTo("ADMIN");
        assertThat(getPage("/forum/t/" + topic)).as("the agent's reply moved the ticket on")
                .contains("Support has answered and is waiting for a reply (ticket " + ticketNumber + ")")
                .contains("Administrator", "Notice from the support bot")
                .doesNotContain("A support agent will answer here", "Official answer from the support bot");

        HttpResponse<String> accepted = accept(agentReply, "asker-kyc");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(JSON.readTree(accepted.body()).get("solved").asBoolean()).isTrue();

        tx.executeWithoutResult(status -> {
            var thread = threads.findById(threadId).orElseThrow();
            assertThat(thread.getStatus()).isEqualTo(ThreadStatus.CLOSED);
            var ticket = tickets.findByThreadInOrderByIdAsc(List.of(thread)).get(0);
            assertThat(ticket.getNumber()).isEqualTo(ticketNumber);
            assertThat(ticket.getStatus()).isEqualTo(TicketStatus.RESOLVED);
            assertThat(ticketEvents.findAll()).filteredOn(e -> e.getTicket().getId().equals(ticket.getId()))
                    .extracting(e -> e.getAction())
                    .contains("created", "agent-reply", "resolved");
        });
        assertThat(get("/api/forum/topics/" + topic).get("ticket").get("status").asText()).isEqualTo("RESOLVED");
        assertThat(getPage("/forum/t/" + topic)).contains("Support marked this resolved (ticket " + ticketNumber + ")");
    }

    @Test
    void aScamPostedOutsideTheSupportBoardIsStoppedByTheGuard() throws Exception {
        member("trader-scam");
        startTopic("trader-scam", "newcomers", "Hello", "Glad to be here.");
        long topic = startTopic("trader-scam", "market-talk", "Free USDT airdrop",
                "Support here: to verify your wallet, send your seed phrase to https://novaex-verify.com/claim");

        await().atMost(Duration.ofSeconds(30)).until(() -> send(HttpRequest.newBuilder(uri("/api/forum/topics/" + topic))
                .GET()).statusCode() == 404);
        assertThat(getPage("/forum/b/market-talk")).doesNotContain("Free USDT airdrop");
    }

    @Test
    void aPostHiddenRestoredOrDeletedWithTheForumsOwnToolsIsShownSoInItsThreadAndTheModerationQueue() throws Exception {
        member("asker-fees");
        member("flagger-fees");
        long topic = startTopic("asker-fees", "Why is my deposit not credited?",
                "I sent ETH an hour ago and it is not in my account yet.");
        long postId = get("/api/forum/topics/" + topic).get("posts").get("content").get(0).get("id").asLong();
        long threadId = await().atMost(Duration.ofSeconds(30)).until(() -> tx.execute(status -> threads
                .findByChannelAndConversationKeyOrderByIdAsc(Channel.FORUM, "topic:" + topic).stream()
                .map(thread -> thread.getId()).findFirst().orElse(null)), id -> id != null);
        HttpResponse<String> flagged = send(HttpRequest.newBuilder(uri("/api/forum/posts/" + postId + "/flags"))
                .header("Authorization", basic("flagger-fees", MEMBER_PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"spam\", \"note\": \"posted twice\"}")));
        assertThat(flagged.statusCode()).as(flagged.body()).isEqualTo(201);

        forumModeration(postId, "hide");
        assertThat(memberMessage(threadId).get("hidden").asBoolean()).as("the thread view shows it hidden").isTrue();
        JsonNode item = queueItem(postId);
        assertThat(item.get("messageState").asText()).isEqualTo("hidden");
        assertThat(item.get("actions")).extracting(JsonNode::asText).contains("unhide").doesNotContain("hide");

        forumModeration(postId, "restore");
        assertThat(memberMessage(threadId).get("hidden").asBoolean()).isFalse();
        assertThat(queueItem(postId).get("messageState").asText()).isEqualTo("visible");

        forumModeration(postId, "delete");
        assertThat(memberMessage(threadId).get("removed").asBoolean()).isTrue();
        assertThat(queueItem(postId).get("messageState").asText()).isEqualTo("removed");
        assertThat(queueItem(postId).get("actions")).extracting(JsonNode::asText)
                .doesNotContain("hide", "unhide", "delete");
    }

    private void forumModeration(long postId, String action) throws Exception {
        HttpResponse<String> done = send(HttpRequest.newBuilder(uri("/api/forum/moderation/posts/" + postId + "/" + action))
                .header("Authorization", basic("admin", FlowTestSupport.ADMIN_PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"duplicate\"}")));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    }

    /** The member's post in its support thread, as the console's thread view and API show it. */
    private JsonNode memberMessage(long threadId) throws Exception {
        JsonNode messages = staffGet("/api/threads/" + threadId).get("messages");
        return StreamSupport.stream(messages.spliterator(), false)
                .filter(message -> message.get("direction").asText().equals("IN"))
                .findFirst().orElseThrow();
    }

    private JsonNode queueItem(long postId) throws Exception {
        JsonNode items = staffGet("/api/moderation/queue?channel=forum").get("content");
        return StreamSupport.stream(items.spliterator(), false)
                .filter(item -> item.get("messageId").asText().equals(Long.toString(postId)))
                .findFirst().orElseThrow();
    }

    private JsonNode staffGet(String path) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", basic("admin", FlowTestSupport.ADMIN_PASSWORD)).GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> accept(JsonNode post, String username) throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/forum/posts/" + post.get("id").asLong() + "/accept"))
                .header("Authorization", basic(username, MEMBER_PASSWORD))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private void member(String username) {
        accounts.register(username, "Member " + username, encoder.encode(MEMBER_PASSWORD));
    }

    private long startTopic(String username, String title, String body) throws Exception {
        return startTopic(username, "help", title, body);
    }

    private long startTopic(String username, String board, String title, String body) throws Exception {
        String json = JSON.writeValueAsString(java.util.Map.of("title", title, "body", body));
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/api/forum/boards/" + board + "/topics"))
                .header("Authorization", basic(username, MEMBER_PASSWORD))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("topicId").asLong();
    }

    private List<JsonNode> awaitOfficialPosts(long topic, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> officialPosts(topic), posts -> posts.size() >= count);
    }

    private List<JsonNode> officialPosts(long topic) throws Exception {
        return StreamSupport.stream(get("/api/forum/topics/" + topic).get("posts").get("content").spliterator(), false)
                .filter(post -> post.get("official").asBoolean())
                .toList();
    }

    private long threadOf(long topic) {
        return tx.execute(status -> threads.findByChannelAndConversationKeyOrderByIdAsc(Channel.FORUM, "topic:" + topic)
                .get(0).getId());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private String getPage(String path) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "en").GET());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The answer as HTML escapes some characters: compare a plain stretch of it. */
    private static String firstWords(String text) {
        String plain = text.replaceAll("[^\\p{L}\\p{N} ]", " ").strip().replaceAll("\\s+", " ");
        String[] words = plain.split(" ");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
    }
}
