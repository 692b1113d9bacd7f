package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.core.account.Accounts;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.ticket.Agents;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketStatus;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole application, the help center as a support channel: a member signs in, files a request through
 * the form, and it becomes a ticket of channel web in the category they chose, handed to the agent with that
 * skill; the agent answers from the staff API, the answer shows on the member's request page, and the member
 * marks the request solved, which resolves the ticket. All over HTTP, as the member's browser and the
 * console do it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HelpRequestFlowTest {

    private static final String PASSWORD = "help-member-password";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:help-request-flow;" + FlowTestSupport.H2_MODE);
        registry.add("switchboard.admin.password", () -> FlowTestSupport.ADMIN_PASSWORD);
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Agents agents;

    @Autowired
    SupportThreadRepository threads;

    @Autowired
    TicketRepository tickets;

    @Autowired
    TransactionTemplate tx;

    /** The member's browser: it keeps the session cookie. */
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void aMembersRequestBecomesATicketTheAgentAnswersOnTheRequestPageAndTheMemberMarksItSolved() throws Exception {
        accounts.register("helen", "Helen", encoder.encode(PASSWORD));
        agents.configure("admin", "admin", EnumSet.of(TicketCategory.DEPOSIT_WITHDRAWAL), 3);
        assertThat(FlowTestSupport.postAsStaff(port, "/api/agents/admin/online", "").statusCode()).isEqualTo(200);

        HttpResponse<String> signedIn = postForm("/help/login", "/help/login",
                Map.of("username", "helen", "password", PASSWORD));
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/help/my/requests"));

        HttpResponse<String> filed = postForm("/help/requests/new", "/help/requests", Map.of(
                "category", "deposit-withdrawal", "subject", "My USDT deposit has not arrived",
                "description", "I deposited 250 USDT three hours ago and my balance has not changed.",
                "txid", "7f3c9a1e", "coin", "USDT (TRC20)"));
        String confirmation = filed.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(confirmation.replaceAll(".*/help/requests/(\\d+)/filed$", "$1"));

        Ticket ticket = await().atMost(Duration.ofSeconds(30)).until(() -> ticketOf(id), Optional::isPresent).get();
        assertThat(ticket.getCategory()).isEqualTo(TicketCategory.DEPOSIT_WITHDRAWAL);
        assertThat(ticket.getSubject()).isEqualTo("My USDT deposit has not arrived");
        assertThat(ticket.getReason()).isEqualTo("request-filed");
        assertThat(ticket.getAssignee()).as("the agent with the deposits skill").isEqualTo("admin");
        SupportThread thread = tx.execute(status -> threadOf(id));
        assertThat(thread.getChannel()).isEqualTo(Channel.WEB);
        long threadId = thread.getId();

        HttpResponse<String> replied = FlowTestSupport.postAsStaff(port, "/api/threads/" + threadId + "/replies",
                "{\"text\": \"We found it: the deposit needed 20 confirmations and is now in your account.\"}");
        assertThat(replied.statusCode()).as(replied.body()).isEqualTo(202);

        String page = "/help/my/requests/" + id;
        Document shown = await().atMost(Duration.ofSeconds(30)).until(() -> page(page),
                doc -> doc.select(".help-from-staff").size() == 1);
        assertThat(shown.select(".help-message-text").eachText()).containsSubsequence(
                "I deposited 250 USDT three hours ago and my balance has not changed.",
                "We found it: the deposit needed 20 confirmations and is now in your account.");
        assertThat(shown.select(".help-from-bot").text()).as("the ticket notice").contains(ticket.getNumber());

        HttpResponse<String> solved = postForm(page, page + "/solve", Map.of());
        assertThat(solved.statusCode()).isEqualTo(302);
        assertThat(ticketOf(id).orElseThrow().getStatus()).isEqualTo(TicketStatus.RESOLVED);
        Document after = page(page);
        assertThat(after.select(".help-status").text()).isEqualTo("Solved");
        assertThat(after.select(".help-solution .help-message-text").text()).startsWith("We found it");
        assertThat(page("/help/my/requests").select(".help-requests tbody tr").text())
                .contains("My USDT deposit has not arrived", "Solved");
    }

    private SupportThread threadOf(long requestId) {
        List<SupportThread> found = threads.findByChannelAndConversationKeyOrderByIdAsc(Channel.WEB,
                "request:" + requestId);
        return found.isEmpty() ? null : found.get(0);
    }

    private Optional<Ticket> ticketOf(long requestId) {
        return tx.execute(status -> {
            SupportThread thread = threadOf(requestId);
            return thread == null ? Optional.<Ticket>empty()
                    : tickets.findByThreadInOrderByIdAsc(List.of(thread)).stream().findFirst();
        });
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "en")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    /** Posts a form the way the browser does: with the CSRF token of the page that shows it. */
    private HttpResponse<String> postForm(String formPage, String action, Map<String, String> fields) throws Exception {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", page(formPage).select("input[name=_csrf]").first().val());
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(uri(action)).header("Accept-Language", "en")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
