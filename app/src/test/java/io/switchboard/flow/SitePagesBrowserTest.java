package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.flow.SiteWalk.Finding;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.browser.Browser;
import io.switchboard.testing.browser.HeadlessChromium;
import io.switchboard.testing.facebook.FakeGraphServer;
import io.switchboard.testing.mail.TestMailServer;
import io.switchboard.testing.x.FakeXServer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every page of the forum, the staff console and the help center, with a busy day's data on it ({@link SiteData}),
 * opened in a real headless Chromium by each kind of visitor in Chinese and in English: nobody may
 * meet a server error, Spring's bare Whitelabel page, an unresolved message key, a raw enum value
 * or a page in the other language ({@link PageCheck}). The pages are found by following links from
 * each visitor's start pages ({@link SiteWalk}), so a new page is walked without editing this test;
 * a few addresses that name nothing are opened on purpose, for the site's own "not found" pages.
 *
 * <p>The visitors are the roles of {@code AccountRole}: an anonymous reader, a forum member, an
 * agent, a moderator and the admin. There is no separate manager role: the admin is the community
 * manager today (announcements, staff, audit log), so walking as the admin covers the manager.
 *
 * <p>All problems of all visitors are reported at once, one line per page and problem with who
 * saw it, so one run tells everything that is wrong.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(HeadlessChromium.class)
// Closed afterwards: a cached context would keep polling the fakes beside the next test class's.
@DirtiesContext
class SitePagesBrowserTest {

    private static final FakeTelegramServer TELEGRAM = FlowTestSupport.startTelegram();
    private static final FakeXServer X = new FakeXServer();
    private static final FakeGraphServer GRAPH = new FakeGraphServer();
    private static final TestMailServer MAIL = TestMailServer.start();
    private static final List<String> LANGUAGES = List.of("zh", "en");
    /** Addresses that name nothing: the site's own "not found" page, never a bare error page. */
    private static final List<String> NOTHING_IN_THE_FORUM = List.of("/forum/t/999999", "/forum/b/no-such-board",
            "/forum/u/no-such-member");
    private static final List<String> NOTHING_IN_THE_CONSOLE = List.of("/console/threads/999999",
            "/console/tickets/T-999999");
    private static final List<String> NOTHING_IN_THE_HELP_CENTER = List.of("/help/articles/no-such-article",
            "/help/categories/no-such-category", "/help/my/requests/999999", "/help/track/1.2.forged");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FlowTestSupport.everyChannel(registry, TELEGRAM, X, GRAPH, "site-pages");
        FlowTestSupport.email(registry, MAIL);
        registry.add("switchboard.telegram.announcement-chat-id", () -> "@novaex_news");
        // SiteData's Telegram outage: its reply expires within the seeding, a probe every few seconds
        registry.add("switchboard.router.delivery.stale-after.telegram", () -> SiteData.TELEGRAM_STALE_AFTER);
        registry.add("switchboard.router.delivery.probe-max", () -> "5s");
    }

    @AfterAll
    static void stopFakes() throws Exception {
        FlowTestSupport.stop(TELEGRAM, X, GRAPH, MAIL);
    }

    @LocalServerPort
    int port;

    /** Opened for the test by HeadlessChromium. */
    private Browser browser;

    @Test
    void everyVisitorSeesEveryPageInBothLanguagesWithoutErrorsKeysOrRawValues() throws Exception {
        SiteData data = new SiteData(port, TELEGRAM, X, MAIL);
        data.seed();
        SiteWalk walk = new SiteWalk(browser, port);
        List<Finding> findings = new ArrayList<>();
        for (Visitor visitor : visitors(data.emailThreadPage())) {
            browser.driver.manage().deleteAllCookies();
            visitor.signIn(browser);
            for (String language : LANGUAGES) {
                browser.open("/forum?lang=" + language);
                findings.addAll(walk.walk(visitor.name(), language, visitor.starts()));
            }
        }
        assertThat(findings).withFailMessage(() -> report(findings)).isEmpty();
    }

    /**
     * The addresses that name nothing are opened by the anonymous reader (the forum's) and by the
     * admin (all): who opens them does not change which error page answers, and each page costs time.
     */
    private static List<Visitor> visitors(String emailThreadPage) {
        List<String> readerStarts = List.of("/forum", "/console", "/help");
        // the e-mail thread's page by name: the walk samples thread pages, and this one's "Whole e-mail" is its own
        List<String> staffStarts = List.of("/console", "/forum", "/help", emailThreadPage);
        return List.of(
                new Visitor("anonymous", null, null, null,
                        concat(readerStarts, NOTHING_IN_THE_FORUM, NOTHING_IN_THE_HELP_CENTER)),
                new Visitor("member", SiteData.MEMBER, SiteData.MEMBER_PASSWORD, "/forum/login",
                        concat(readerStarts, List.of("/help/my/requests", "/help/requests/new"))),
                new Visitor("agent", SiteData.AGENT, SiteData.STAFF_PASSWORD, "/console/login", staffStarts),
                new Visitor("moderator", SiteData.MODERATOR, SiteData.STAFF_PASSWORD, "/console/login", staffStarts),
                new Visitor("admin", SiteData.ADMIN, FlowTestSupport.ADMIN_PASSWORD, "/console/login",
                        concat(staffStarts, NOTHING_IN_THE_FORUM, NOTHING_IN_THE_CONSOLE)));
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }

    /** One entry per page and problem: where it shows, who met it in which language, how they got there. */
    private static String report(List<Finding> findings) {
        Map<String, List<Finding>> byPageAndProblem = findings.stream().collect(Collectors.groupingBy(
                finding -> finding.path() + ": " + finding.problem().what(), TreeMap::new, Collectors.toList()));
        return byPageAndProblem.size() + " problems on the pages of the forum and the console:\n"
                + byPageAndProblem.entrySet().stream().map(entry -> entry(entry.getKey(), entry.getValue()))
                        .collect(Collectors.joining("\n"));
    }

    private static String entry(String pageAndProblem, List<Finding> findings) {
        Finding first = findings.get(0);
        String where = first.problem().where().isEmpty() ? "" : "\n    where: " + first.problem().where();
        String seenBy = findings.stream().map(finding -> finding.visitor() + " (" + finding.language() + ")")
                .distinct().collect(Collectors.joining(", "));
        String linkedFrom = findings.stream().map(Finding::from).filter(from -> from != null).findFirst()
                .map(from -> "; linked from " + from).orElse("");
        return "- " + pageAndProblem + where + "\n    seen by " + seenBy + linkedFrom;
    }

    /**
     * Who walks the site.
     *
     * @param signInPage where they sign in (the forum's or the console's form; one session serves
     *     both), or null for an anonymous reader
     */
    private record Visitor(String name, String username, String password, String signInPage, List<String> starts) {

        void signIn(Browser browser) {
            if (signInPage == null) {
                return;
            }
            browser.open(signInPage);
            browser.signIn(username, password);
            if (browser.driver.getCurrentUrl().contains("/login")) {
                throw new IllegalStateException(name + " " + username + " could not sign in: "
                        + browser.find("main").getText());
            }
        }
    }
}
