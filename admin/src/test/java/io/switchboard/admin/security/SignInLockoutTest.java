package io.switchboard.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.admin.support.BasicAuthClient;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.audit.AuditQuery;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.audit.StaffAuditEntry;
import io.switchboard.web.signin.SignInAudit;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Guessing passwords locks out the address the guesses come from, not the account's owner; guessing
 * spread over many addresses slows the account down for addresses it never signed in from; and the
 * owner is told in the console. Client addresses come from {@code X-Forwarded-For}, which this server
 * trusts as one behind a proxy would ({@code server.forward-headers-strategy}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // A database of its own: the admin password below must not replace the shared contexts' one.
        "spring.datasource.url=jdbc:h2:mem:lockout;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "switchboard.admin.password=lockout-test-admin-password",
        "switchboard.admin.max-failed-sign-ins=3",
        "switchboard.admin.sign-in-slow-down-after=6",
        "server.forward-headers-strategy=framework"})
class SignInLockoutTest {

    private static final String PASSWORD = "agent-password-1234";
    private static final String ATTACKER = "203.0.113.66";
    private static final String OWNER = "198.51.100.10";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    StaffAudit audit;

    BasicAuthClient client;

    @BeforeEach
    void agents() {
        client = new BasicAuthClient(port);
        for (String agent : new String[] {"guessed-agent", "careless-agent", "other-agent", "spread-agent",
                "told-agent"}) {
            accounts.syncStaff(agent, AccountRole.AGENT, encoder.encode(PASSWORD), stored -> true);
        }
    }

    @Test
    void threeWrongPasswordsFromOneAddressLockThatAddressOutButNotTheOwnerFromTheirs() throws Exception {
        for (int guess = 0; guess < 3; guess++) {
            assertThat(client.getFrom(ATTACKER, "/api/threads", "guessed-agent", "guess-" + guess).statusCode())
                    .isEqualTo(401);
        }

        assertThat(client.getFrom(ATTACKER, "/api/threads", "guessed-agent", PASSWORD).statusCode())
                .as("stopped: from the guessing address the right password does not get in either").isEqualTo(401);
        assertThat(client.getFrom(OWNER, "/api/threads", "guessed-agent", PASSWORD).statusCode())
                .as("the owner, from another address, is not locked out").isEqualTo(200);
        assertThat(client.getFrom(ATTACKER, "/api/threads", "other-agent", PASSWORD).statusCode())
                .as("other accounts are not locked").isEqualTo(200);
        assertThat(lastFailure("guessed-agent").getReason()).isEqualTo("too many wrong passwords from this address");
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() throws Exception {
        assertThat(client.get("/api/threads", "careless-agent", "typo-1").statusCode()).isEqualTo(401);
        assertThat(client.get("/api/threads", "careless-agent", "typo-2").statusCode()).isEqualTo(401);
        assertThat(client.get("/api/threads", "careless-agent", PASSWORD).statusCode()).isEqualTo(200);
        assertThat(client.get("/api/threads", "careless-agent", "typo-3").statusCode()).isEqualTo(401);
        assertThat(client.get("/api/threads", "careless-agent", "typo-4").statusCode()).isEqualTo(401);

        assertThat(client.get("/api/threads", "careless-agent", PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void guessingSpreadOverManyAddressesSlowsTheAccountDownExceptFromWhereItsOwnerSignsIn() throws Exception {
        assertThat(client.getFrom(OWNER, "/api/threads", "spread-agent", PASSWORD).statusCode()).isEqualTo(200);
        // Twelve wrong passwords from six addresses, two each: no address is locked, but the account,
        // six past its threshold, now makes an unknown address wait a minute (the cap) after the last.
        for (int address = 1; address <= 6; address++) {
            for (int guess = 0; guess < 2; guess++) {
                assertThat(client.getFrom("192.0.2." + address, "/api/threads", "spread-agent", "guess-" + guess)
                        .statusCode()).isEqualTo(401);
            }
        }

        assertThat(client.getFrom("192.0.2.99", "/api/threads", "spread-agent", PASSWORD).statusCode())
                .as("a new address waits, even with the right password").isEqualTo(401);
        assertThat(lastFailure("spread-agent").getReason())
                .isEqualTo("slowed down after many wrong passwords from several addresses");
        assertThat(client.getFrom(OWNER, "/api/threads", "spread-agent", PASSWORD).statusCode())
                .as("the owner's own address is not slowed down").isEqualTo(200);
    }

    @Test
    void theOwnerIsToldInTheConsoleOfTheFailedSignInsSinceTheirLastOnceAndNotAgain() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(browser, "told-agent");
        signOut(browser);
        client.getFrom(ATTACKER, "/api/threads", "told-agent", "guess-1");
        client.getFrom(ATTACKER, "/api/threads", "told-agent", "guess-2");
        client.getFrom("192.0.2.7", "/api/threads", "told-agent", "guess-3");

        String inbox = signIn(browser, "told-agent");

        assertThat(inbox).contains("id=\"failed-sign-ins\"",
                "3 failed sign-ins to your account since your last sign-in, from 192.0.2.7, " + ATTACKER + ".");
        assertThat(page(browser, "/console/inbox", "en")).as("told once").doesNotContain("failed-sign-ins");

        signOut(browser);
        client.getFrom(ATTACKER, "/api/threads", "told-agent", "guess-4");
        assertThat(signIn(browser, "told-agent", "zh-CN"))
                .contains("自你上次登录以来，你的账号有 1 次登录失败，来自 " + ATTACKER + "。");

        signOut(browser);
        assertThat(signIn(browser, "told-agent")).as("nothing failed since").doesNotContain("failed-sign-ins");
    }

    private StaffAuditEntry lastFailure(String username) {
        return audit.search(new AuditQuery(null, SignInAudit.FAILED, "account", username, null, null), 0, 1)
                .getContent().get(0);
    }

    private String signIn(HttpClient browser, String username) throws Exception {
        return signIn(browser, username, "en");
    }

    /** Signs in with the console's form from the owner's address and returns the page it lands on. */
    private String signIn(HttpClient browser, String username, String language) throws Exception {
        String token = csrf(page(browser, "/console/login", language));
        HttpResponse<String> signedIn = browser.send(request("/console/login", language)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + PASSWORD
                        + "&_csrf=" + token)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return page(browser, "/console/inbox", language);
    }

    private void signOut(HttpClient browser) throws Exception {
        String token = csrf(page(browser, "/console/inbox", "en"));
        browser.send(request("/console/logout", "en").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String page(HttpClient browser, String path, String language) throws Exception {
        HttpResponse<String> page = browser.send(request(path, language).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.body();
    }

    private HttpRequest.Builder request(String path, String language) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Forwarded-For", OWNER).header("Accept-Language", language);
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a form token in:%n%s", html).isTrue();
        return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
    }
}
