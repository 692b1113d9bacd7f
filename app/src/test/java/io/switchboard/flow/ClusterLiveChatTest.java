package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.SwitchboardApplication;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.livechat.ChatSignals;
import io.switchboard.core.livechat.PostgresChatSignals;
import io.switchboard.core.ticket.Agents;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.testing.browser.Browser;
import io.switchboard.testing.chat.JsonSocketListener;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The live chat across two instances of the application in the {@code cluster} profile on one PostgreSQL schema
 * (127.0.0.1, database {@code test}), with no sticky sessions: a visitor whose widget talks to instance A and an
 * agent whose console is on instance B chat with each other, each seeing the other's lines without a reload and the
 * visitor without leaving the socket to A; what one instance appends reaches the other through PostgreSQL's
 * NOTIFY/LISTEN. Runs in the {@code cluster} Maven profile only.
 */
class ClusterLiveChatTest {

    private static final String SCHEMA = "switchboard_cluster_live_chat_test";
    private static final String AGENT = "noa";
    private static final String AGENT_PASSWORD = "cluster-live-password-1";
    /** Generous: two applications and two Chromiums share the machine's two cores with other builds. */
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Keeps every WebSocket the page opens, so that the test can tell the widget never opened a second one. */
    private static final String SOCKET_PROBE = "(function () {"
            + " var Native = window.WebSocket; window.switchboardSockets = [];"
            + " function Probe(url, protocols) {"
            + "  var socket = protocols === undefined ? new Native(url) : new Native(url, protocols);"
            + "  window.switchboardSockets.push(socket); return socket; }"
            + " Probe.prototype = Native.prototype;"
            + " ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED'].forEach(function (k) { Probe[k] = Native[k]; });"
            + " window.WebSocket = Probe; })();";
    /** Set on a page once it is loaded: a reload would lose it. */
    private static final String PAGE_MARK = "switchboardSamePage";

    private static ClusterInstances instances;
    private static ConfigurableApplicationContext first;
    private static int portA;
    private static int portB;
    private static String agentName;

    @BeforeAll
    static void startTwoInstancesWithAnAgentOnline() throws Exception {
        instances = ClusterInstances.start(SCHEMA, 2, ClusterLiveChatTest::start);
        first = instances.all().get(0);
        portA = port(first);
        portB = port(instances.all().get(1));
        PasswordEncoder passwords = first.getBean(PasswordEncoder.class);
        agentName = first.getBean(Accounts.class).syncStaff(AGENT, AccountRole.AGENT, passwords.encode(AGENT_PASSWORD),
                hash -> passwords.matches(AGENT_PASSWORD, hash)).getDisplayName();
        first.getBean(Agents.class).configure("admin", AGENT, EnumSet.allOf(TicketCategory.class), 10);
        // online through the other instance's staff API: a hand-off on A finds the chat staffed
        assertThat(FlowTestSupport.postAsStaff(portB, "/api/agents/" + AGENT + "/online", "").statusCode())
                .isEqualTo(200);
        for (ConfigurableApplicationContext instance : instances.all()) {
            ChatSignals signals = instance.getBean(ChatSignals.class);
            assertThat(signals).as("the cluster profile's signals").isInstanceOf(PostgresChatSignals.class);
            await().atMost(WAIT).until(((PostgresChatSignals) signals)::listening);
        }
    }

    @AfterAll
    static void stop() {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void aVisitorOnOneInstanceAndAnAgentOnTheOtherChatWithoutReloadingOrReconnecting() {
        try (Browser agent = new Browser(portB); Browser visitor = new Browser(portA)) {
            agent.open("/console/live?lang=en");
            agent.signIn(AGENT, AGENT_PASSWORD);
            agent.open("/console/live?lang=en");
            // the stream is open: what happens from now on reaches the page
            awaitText("the console's stream opened", () -> agent.find("#live-status").getText(), String::isEmpty);
            markPage(agent);

            visitor.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SOCKET_PROBE));
            visitor.open("/chat/demo?lang=en&name=Cluster%20Visitor");
            markPage(visitor);
            await().atMost(WAIT).ignoreExceptions().until(() -> widget(visitor).findElement(By.cssSelector(
                    "button.launcher")).isDisplayed());
            widget(visitor).findElement(By.cssSelector("button.launcher")).click();
            widget(visitor).findElement(By.cssSelector("header button.human")).click();

            awaitText("the visitor on A is queued", () -> chatLog(visitor),
                    text -> text.contains("Connecting you to an agent… you are number 1"));
            awaitText("the chat in B's queue", () -> agent.find("#live-waiting").getText(),
                    text -> text.contains("Cluster Visitor"));

            agent.driver.findElement(By.xpath("//ul[@id='live-waiting']/li[@data-chat]/a[.='Cluster Visitor']"))
                    .click();
            awaitText("the visitor's words on B", () -> agent.find("#live-frames").getText(),
                    text -> text.contains("Talk to a human"));
            agent.find("#live-take").click();
            awaitText("the agent's joining on A", () -> chatLog(visitor),
                    text -> text.contains(agentName + " joined the chat."));
            agent.type("#reply-text", "Hello from instance B, I am looking at your account now.");
            agent.find("#live-reply button[type=submit]").click();

            awaitText("the agent's reply on A", () -> texts(widget(visitor).findElements(By.cssSelector(".msg.agent"))),
                    text -> text.contains("Hello from instance B, I am looking at your account now."));
            widget(visitor).findElement(By.cssSelector("textarea"))
                    .sendKeys("Thanks, it is withdrawal 4411.", Keys.ENTER);
            awaitText("the visitor's second message on B", () -> agent.find("#live-frames").getText(),
                    text -> text.contains("Thanks, it is withdrawal 4411."));

            assertThat(samePage(agent)).as("the console was not reloaded").isTrue();
            assertThat(samePage(visitor)).as("the demo page was not reloaded").isTrue();
            assertThat(visitor.driver.executeScript("return window.switchboardSockets.map(function (s) {"
                    + " return s.url.replace(/\\?.*/, '') + ' ' + s.readyState; })"))
                    .as("one socket, to instance A, still open").isEqualTo(List.of(
                            "ws://127.0.0.1:" + portA + "/chat/ws " + 1));
        }
    }

    @Test
    void aFrameAppendedOnOneInstanceReachesAVisitorsSocketOnTheOther() throws Exception {
        try (Visitor visitor = Visitor.connect(portA)) {
            visitor.send("{\"type\":\"message\",\"clientId\":\"c-cluster-1\",\"seq\":1,\"text\":\"Talk to a human\"}");
            JsonNode queued = visitor.awaitFrame("queued", frame -> "queued".equals(frame.path("code").asText()));
            assertThat(queued.path("args").path("position").asInt()).isPositive();
            long chat = chatOf(visitor.key);

            // taking the chat appends "joined" in instance B's own process: only PostgreSQL can tell A's socket;
            // the reply, queued through B, is delivered by whichever instance's outbox poller finds it first
            assertThat(FlowTestSupport.postAs(portB, "/api/live-chats/" + chat + "/take", AGENT, AGENT_PASSWORD, "")
                    .statusCode()).isEqualTo(200);
            JsonNode joined = visitor.awaitFrame("joined", frame -> "joined".equals(frame.path("code").asText()));
            assertThat(joined.path("args").path("agent").asText()).isEqualTo(agentName);
            assertThat(FlowTestSupport.postAs(portB, "/api/live-chats/" + chat + "/replies", AGENT, AGENT_PASSWORD,
                    "{\"text\":\"Answered from instance B\"}").statusCode()).isEqualTo(202);
            JsonNode reply = visitor.awaitFrame("the reply",
                    frame -> "Answered from instance B".equals(frame.path("text").asText()));
            assertThat(reply.path("kind").asText()).isEqualTo("AGENT");
            assertThat(reply.path("author").asText()).isEqualTo(agentName);

            assertThat(FlowTestSupport.postAs(portB, "/api/live-chats/" + chat + "/close", AGENT, AGENT_PASSWORD,
                    "{\"resolve\":true}").statusCode()).isEqualTo(200);
            visitor.awaitFrame("closed", frame -> "closed".equals(frame.path("code").asText()));
        }
    }

    /** The id of the visitor's open chat, as instance B's staff API lists it. */
    private static long chatOf(String visitorKey) throws Exception {
        HttpResponse<String> open = FlowTestSupport.getAs(portB, "/api/live-chats", AGENT, AGENT_PASSWORD);
        assertThat(open.statusCode()).isEqualTo(200);
        return StreamSupport.stream(JSON.readTree(open.body()).spliterator(), false)
                .filter(row -> visitorKey.equals(row.path("visitor").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no open chat of " + visitorKey + " in " + open.body()))
                .path("id").asLong();
    }

    private static SearchContext widget(Browser browser) {
        return browser.find("div[data-switchboard-chat]").getShadowRoot();
    }

    private static String chatLog(Browser browser) {
        return widget(browser).findElement(By.cssSelector(".log")).getText();
    }

    /** Waits, ignoring what a page that is still changing throws, until the text read is as wanted. */
    private static void awaitText(String what, Callable<String> read, Predicate<String> wanted) {
        await(what).atMost(WAIT).ignoreExceptions().until(read, wanted::test);
    }

    private static String texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).collect(Collectors.joining("\n"));
    }

    private static void markPage(Browser browser) {
        browser.driver.executeScript("window." + PAGE_MARK + " = true");
    }

    private static boolean samePage(Browser browser) {
        return Boolean.TRUE.equals(browser.driver.executeScript("return window." + PAGE_MARK + " === true"));
    }

    private static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SwitchboardApplication.class).run(ClusterInstances.arguments(SCHEMA));
    }

    /**
     * A widget as the visitor protocol has it, on the JDK's WebSocket client: a session, then a socket to one
     * instance (its own page's origin), and every frame it was sent.
     */
    private static final class Visitor extends JsonSocketListener implements AutoCloseable {

        private final List<JsonNode> received = new CopyOnWriteArrayList<>();
        private final String key;
        private WebSocket socket;

        private Visitor(String key) {
            this.key = key;
        }

        static Visitor connect(int port) throws Exception {
            String origin = "http://127.0.0.1:" + port;
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(origin + "/api/chat/session"))
                    .header("Content-Type", "application/json").header("Origin", origin)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"lang\":\"en\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode session = JSON.readTree(answer.body());
            assertThat(session.path("staffing").path("staffed").asBoolean()).as("an agent is online").isTrue();
            Visitor visitor = new Visitor(session.path("visitor").asText());
            visitor.socket = HTTP.newWebSocketBuilder().header("Origin", origin).buildAsync(URI.create(
                    "ws://127.0.0.1:" + port + "/chat/ws?token=" + session.path("token").asText()), visitor).join();
            await("ready on the visitor's socket").atMost(WAIT).until(() -> visitor.received.stream()
                    .anyMatch(message -> "ready".equals(message.path("type").asText())));
            return visitor;
        }

        void send(String json) {
            socket.sendText(json, true).join();
        }

        /** The first frame sent that {@code which} matches, once it has come. */
        JsonNode awaitFrame(String what, Predicate<JsonNode> which) {
            return await(what + " on the visitor's socket").atMost(WAIT).until(() -> received.stream()
                    .filter(message -> "frame".equals(message.path("type").asText()))
                    .map(message -> message.path("frame")).filter(which).findFirst(),
                    Optional::isPresent).get();
        }

        @Override
        protected void message(JsonNode message, long arrivedNanos) {
            received.add(message);
        }

        @Override
        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        }
    }
}
