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
 * The API's description and its Swagger UI over real HTTP: staff read them with the console's session
 * (a visitor who is not signed in is sent to the console's sign-in and back) or with HTTP Basic; the
 * JSON answers 401 to anyone else and 403 to a forum member.
 */
// The same context as ConsoleRefusalsTest.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "switchboard.admin.password=" + StaffApiTest.PASSWORD)
class ApiDocsSecurityTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @BeforeEach
    void accounts() {
        data.reset();
        data.staff("docs-agent", AccountRole.AGENT, "docs-agent-pw-1");
        data.forumMember("docs-member", "docs-member-pw-1");
    }

    @Test
    void aVisitorIsSentToTheConsolesSignInAndBackThenReadsTheDescriptionWithTheSession() throws Exception {
        HttpResponse<String> ui = send(HttpRequest.newBuilder(url("/swagger-ui/index.html")));
        assertThat(ui.statusCode()).isEqualTo(302);
        assertThat(ui.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/console/login"));

        String token = csrf(send(HttpRequest.newBuilder(url("/console/login"))).body());
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(url("/console/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=docs-agent&password=docs-agent-pw-1&_csrf=" + token)));
        assertThat(signedIn.headers().firstValue("Location")).as("back to the Swagger UI")
                .hasValueSatisfying(location -> assertThat(location).contains("/swagger-ui/index.html"));

        HttpResponse<String> description = send(HttpRequest.newBuilder(url("/v3/api-docs/staff")));
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.body()).contains("\"/api/tickets\"");
        assertThat(send(HttpRequest.newBuilder(url("/swagger-ui/index.html"))).statusCode()).isEqualTo(200);
    }

    @Test
    void theDescriptionIsRefusedToAnonymousScriptsAndToMembers() throws Exception {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(url("/v3/api-docs")));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"error\"");

        assertThat(send(basic("/v3/api-docs", "docs-member", "docs-member-pw-1")).statusCode()).isEqualTo(403);
        assertThat(send(basic("/v3/api-docs.yaml", "docs-agent", "docs-agent-pw-1")).statusCode()).isEqualTo(200);
    }

    private HttpRequest.Builder basic(String path, String username, String password) {
        return HttpRequest.newBuilder(url(path)).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
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
