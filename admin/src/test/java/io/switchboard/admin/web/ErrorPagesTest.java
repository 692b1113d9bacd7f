package io.switchboard.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.account.AccountRole;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP, where errors go through the servlet container's error page: every console error is
 * the console's own page in the reader's language, every API error the API's JSON, whatever the
 * client accepts, and never Spring Boot's "Whitelabel Error Page".
 */
// The same context as ConsoleBrowserTest: the shared in-memory database holds the bootstrap admin.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "switchboard.admin.password=" + StaffApiTest.PASSWORD)
class ErrorPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String csrf;

    @BeforeEach
    void signIn() throws Exception {
        data.reset();
        data.staff("error-agent", AccountRole.AGENT, "error-agent-pw-1");
        csrf = csrf(send(page("/console/login?lang=en").GET()).body());
        send(page("/console/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form("username=error-agent&password=error-agent-pw-1&_csrf=" + csrf)));
        csrf = csrf(send(page("/console/tickets/new").GET()).body());
    }

    @Test
    void anUnknownTicketIsTheConsolesNotFoundPageLikeAnUnknownThread() throws Exception {
        for (String path : new String[] {"/console/tickets/T-999", "/console/threads/999", "/console/nothing-here"}) {
            HttpResponse<String> page = send(page(path).GET());
            assertConsolePage(page, 404, "Not found", "There is nothing at this address");
        }
        assertConsolePage(send(page("/console/tickets/T-999?lang=zh").GET()), 404, "未找到", "此地址没有内容");
    }

    @Test
    void aMalformedIdOrFormValueIsTheConsolesBadRequestPage() throws Exception {
        assertConsolePage(send(page("/console/tickets/abc?lang=en").GET()), 400, "Not a valid request",
                "cannot read");
        assertConsolePage(send(page("/console/threads/abc").GET()), 400, "Not a valid request", "cannot read");
        assertConsolePage(send(page("/console/tickets/T-1/change").header("Content-Type",
                "application/x-www-form-urlencoded").POST(form("status=SOMEWHERE&_csrf=" + csrf))), 400,
                "Not a valid request", "cannot read");
        assertConsolePage(send(page("/console/tickets/abc?lang=zh").GET()), 400, "请求无效", "无法识别");
    }

    @Test
    void aMethodAPageDoesNotTakeIsTheConsolesPage() throws Exception {
        assertConsolePage(send(page("/console/tickets/T-1/change?lang=en").GET()), 405, "Not possible here",
                "does not take that kind of request");
    }

    @Test
    void apiErrorsAreTheApisJsonEvenForABrowser() throws Exception {
        for (String accept : new String[] {"text/html,application/xhtml+xml,*/*;q=0.8", "application/json", "*/*"}) {
            HttpResponse<String> unknown = send(api("/api/nothing-here", accept).GET());
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(unknown.body()).isEqualTo(
                    "{\"error\":\"not_found\",\"message\":\"nothing at GET /api/nothing-here\"}");

            HttpResponse<String> wrongMethod = send(api("/api/agents/error-agent/online", accept).GET());
            assertThat(wrongMethod.statusCode()).isEqualTo(405);
            assertThat(wrongMethod.body()).isEqualTo("{\"error\":\"method_not_allowed\","
                    + "\"message\":\"GET is not allowed on /api/agents/error-agent/online\"}");

            HttpResponse<String> unknownTicket = send(api("/api/tickets/T-999", accept).GET());
            assertThat(unknownTicket.statusCode()).isEqualTo(404);
            assertThat(unknownTicket.body()).contains("\"error\":\"not_found\"", "no ticket T-999");
        }
    }

    private static void assertConsolePage(HttpResponse<String> page, int status, String title, String text) {
        assertThat(page.statusCode()).as(page.uri().toString()).isEqualTo(status);
        assertThat(page.body()).as(page.uri().toString())
                .doesNotContain("Whitelabel")
                .contains("data-status=\"" + status + "\"", "<h1>" + title + "</h1>", text, "/console/console.css");
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    }

    private HttpRequest.Builder api(String path, String accept) {
        String credentials = Base64.getEncoder().encodeToString(
                ("admin:" + StaffApiTest.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", accept).header("Authorization", "Basic " + credentials);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.BodyPublisher form(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a form token in:%n%s", html).isTrue();
        return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
    }
}
