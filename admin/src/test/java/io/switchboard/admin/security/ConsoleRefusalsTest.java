package io.switchboard.admin.security;

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
 * Refused forms over real HTTP, where the refusal's forward to the console's page really happens
 * (MockMvc only records it): a form without its CSRF token, or with a stale one, and a form the
 * account's role does not reach answer 403 with the console's page saying which; the sign-in form
 * too, with no redirect. The API's refusals stay JSON.
 */
// The same context as ErrorPagesTest and ConsoleBrowserTest.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "switchboard.admin.password=" + StaffApiTest.PASSWORD)
class ConsoleRefusalsTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String STALE_EN = "Your session expired or the form was stale";
    private static final String STALE_ZH = "你的会话已过期或表单已失效";

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @BeforeEach
    void accounts() {
        data.reset();
        data.staff("refused-agent", AccountRole.AGENT, "refused-agent-pw-1");
    }

    @Test
    void aConsoleFormWithoutItsTokenOrWithAStaleOneIsRefusedWithThePageThatSaysSo() throws Exception {
        signIn("refused-agent", "refused-agent-pw-1");

        for (String token : new String[] {"", "&_csrf=stale-token"}) {
            HttpResponse<String> en = send(post("/console/tickets", "title=Refund&channel=TELEGRAM" + token, "en"));
            assertRefusal(en, "stale-form", "The form was not sent", STALE_EN);
            assertThat(en.body()).contains("<a href=\"/console\">Back to the console</a>");

            HttpResponse<String> zh = send(post("/console/tickets", "title=Refund&channel=TELEGRAM" + token, "zh-CN"));
            assertRefusal(zh, "stale-form", "表单未提交", STALE_ZH);
        }
        assertThat(send(get("/console/tickets", "en")).body()).as("nothing was created").doesNotContain("Refund");
    }

    @Test
    void aFormTheRoleDoesNotReachIsRefusedWithTheNotForThisAccountPageNotA405() throws Exception {
        String token = signIn("refused-agent", "refused-agent-pw-1");

        HttpResponse<String> page = send(post("/console/admin/staff",
                "username=sneaky&role=ADMIN&password=sneaky-password-1&_csrf=" + token, "en"));

        assertRefusal(page, "role", "Not for this account", "does not reach this page");
    }

    @Test
    void signingInWithoutTheFormsTokenOrWithAStaleOneIsRefusedWithAPageNotARedirect() throws Exception {
        for (String token : new String[] {"", "&_csrf=stale-token"}) {
            HttpResponse<String> en = send(post("/console/login",
                    "username=refused-agent&password=refused-agent-pw-1" + token, "en"));
            assertRefusal(en, "stale-form", "The form was not sent", STALE_EN);
            assertThat(en.body()).contains("<a href=\"/console/login\">Sign in again</a>");

            assertRefusal(send(post("/console/login", "username=refused-agent&password=refused-agent-pw-1" + token,
                    "zh-CN")), "stale-form", "表单未提交", STALE_ZH);
        }
        assertThat(send(get("/console/inbox", "en")).statusCode()).as("not signed in").isEqualTo(302);
    }

    @Test
    void theApisRefusalOfABrowsersWriteStaysJson() throws Exception {
        String credentials = Base64.getEncoder().encodeToString(
                ("admin:" + StaffApiTest.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> refused = send(HttpRequest.newBuilder(url("/api/tickets"))
                .header("Authorization", "Basic " + credentials).header("Origin", "https://elsewhere.example")
                .header("Accept", "text/html").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"forged\"}")));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(refused.body()).contains("\"error\":\"forbidden\"", "CSRF token");
    }

    private static void assertRefusal(HttpResponse<String> response, String refusal, String title, String text) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(403);
        assertThat(response.body()).as(response.uri().toString())
                .contains("data-refusal=\"" + refusal + "\"", "<h1>" + title + "</h1>", text, "/console/console.css")
                .doesNotContain("Whitelabel");
    }

    /** Signs in with the form, as a browser does, and returns the form token of the session. */
    private String signIn(String username, String password) throws Exception {
        String token = csrf(send(get("/console/login", "en")).body());
        HttpResponse<String> signedIn = send(post("/console/login",
                "username=" + username + "&password=" + password + "&_csrf=" + token, "en"));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return csrf(send(get("/console/tickets/new", "en")).body());
    }

    private HttpRequest.Builder get(String path, String language) {
        return HttpRequest.newBuilder(url(path)).header("Accept-Language", language)
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET();
    }

    private HttpRequest.Builder post(String path, String form, String language) {
        return HttpRequest.newBuilder(url(path)).header("Accept-Language", language)
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a form token in:%n%s", html).isTrue();
        return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
    }
}
