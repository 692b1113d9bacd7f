package io.switchboard.connector.twitter;

import static io.switchboard.testing.x.XFixtures.ACCOUNT_ID;
import static io.switchboard.testing.x.XFixtures.ANNA_ID;
import static io.switchboard.testing.x.XFixtures.BOB_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.cluster.PollerLeadership;
import io.switchboard.core.gateway.PlatformContact;
import io.switchboard.core.limit.RateLimits;
import io.switchboard.testing.RecordingInboundPort;
import io.switchboard.testing.ShiftableClock;
import io.switchboard.testing.x.XFixtures;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mentions poller against a fake X on 127.0.0.1 and the real cursor table (H2 in PostgreSQL mode,
 * Flyway). Test transactions are off so every cursor write is committed, as in production, and a
 * "restart" is a new poller reading the table.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class MentionPollerTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:30:00Z");
    private static final String QUESTION = "1800000000000000100";

    @Autowired
    private MentionCursorRepository cursors;

    private final ObjectMapper json = new ObjectMapper();
    private final ShiftableClock clock = ShiftableClock.stoppedAt(NOW);
    private final RecordingInboundPort inbound = new RecordingInboundPort();
    private final PlatformContact contact = new PlatformContact(clock);
    private MockWebServer x;

    @BeforeEach
    void start() throws IOException {
        cursors.deleteAll();
        x = new MockWebServer();
        x.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() throws IOException {
        x.shutdown();
    }

    @Test
    void firstPollLooksBackAnHourAndHandsMentionsOverOldestFirst() throws Exception {
        x.enqueue(ok(XFixtures.page(
                XFixtures.mention("1800000000000000300", BOB_ID, "@ExchangeHelp are withdrawals down?"),
                XFixtures.reply("1800000000000000200", ANNA_ID, QUESTION, QUESTION, "@ExchangeHelp anyone?"),
                XFixtures.mention(QUESTION, ANNA_ID, "@ExchangeHelp how do I reset 2FA?"))));

        poller().pollOnce();

        RecordedRequest request = x.takeRequest();
        HttpUrl url = request.getRequestUrl();
        assertThat(url.encodedPath()).isEqualTo("/2/users/" + ACCOUNT_ID + "/mentions");
        assertThat(url.queryParameter("since_id")).isNull();
        assertThat(url.queryParameter("start_time")).isEqualTo("2025-03-01T09:30:00Z");
        assertThat(url.queryParameter("max_results")).isEqualTo("100");
        assertThat(url.queryParameter("tweet.fields")).contains("conversation_id", "author_id", "referenced_tweets");
        assertThat(url.queryParameter("expansions")).contains("author_id", "referenced_tweets.id");
        assertThat(url.queryParameter("user.fields")).contains("username");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer app-bearer");
        assertThat(inbound.storedMessageIds()).containsExactly(QUESTION, "1800000000000000200", "1800000000000000300");
        assertThat(inbound.stored().get(1).conversationKey()).isEqualTo(QUESTION);
        assertThat(storedCursor()).isEqualTo(1800000000000000300L);
    }

    @Test
    void untilTheFirstMentionEveryPollLooksBackToTheSameInstant() throws Exception {
        MentionPoller poller = poller();
        x.enqueue(ok(XFixtures.page()));
        x.enqueue(ok(XFixtures.page(XFixtures.mention(QUESTION, ANNA_ID, "@ExchangeHelp how do I reset 2FA?"))));

        poller.pollOnce();
        clock.advance(Duration.ofMinutes(2));
        poller.pollOnce();

        assertThat(x.takeRequest().getRequestUrl().queryParameter("start_time")).isEqualTo("2025-03-01T09:30:00Z");
        assertThat(x.takeRequest().getRequestUrl().queryParameter("start_time")).isEqualTo("2025-03-01T09:30:00Z");
        assertThat(inbound.storedMessageIds()).containsExactly(QUESTION);
    }

    @Test
    void pollAsksForMentionsSinceTheCursorAndFollowsEveryPage() throws Exception {
        cursors.save(new MentionCursor("mentions:" + ACCOUNT_ID, Long.parseLong(QUESTION), NOW));
        x.enqueue(ok(XFixtures.page(List.of(
                XFixtures.mention("1800000000000000400", BOB_ID, "@ExchangeHelp fees?"),
                XFixtures.mention("1800000000000000350", BOB_ID, "@ExchangeHelp hello?")),
                List.of(XFixtures.bob()), "7140dibdnow9c7btw3z2vvhbhe1bvbvy4yvm1kd0nu0cz")));
        x.enqueue(ok(XFixtures.page(List.of(
                XFixtures.mention("1800000000000000300", ANNA_ID, "@ExchangeHelp is the app down?")),
                List.of(XFixtures.anna()), null)));

        poller().pollOnce();

        HttpUrl first = x.takeRequest().getRequestUrl();
        HttpUrl second = x.takeRequest().getRequestUrl();
        assertThat(first.queryParameter("since_id")).isEqualTo(QUESTION);
        assertThat(first.queryParameter("start_time")).isNull();
        assertThat(first.queryParameter("pagination_token")).isNull();
        assertThat(second.queryParameter("since_id")).isEqualTo(QUESTION);
        assertThat(second.queryParameter("pagination_token")).isEqualTo("7140dibdnow9c7btw3z2vvhbhe1bvbvy4yvm1kd0nu0cz");
        assertThat(inbound.storedMessageIds())
                .containsExactly("1800000000000000300", "1800000000000000350", "1800000000000000400");
        assertThat(storedCursor()).isEqualTo(1800000000000000400L);
    }

    @Test
    void ownTweetsAndRetweetsMoveTheCursorButAreNotHandedOver() throws Exception {
        x.enqueue(ok(XFixtures.page(
                XFixtures.retweet("1800000000000000300", ANNA_ID, "1800000000000000290", "RT @bob: @ExchangeHelp down?"),
                XFixtures.reply("1800000000000000150", ACCOUNT_ID, QUESTION, QUESTION, "@anna_trades Open Security."),
                XFixtures.mention(QUESTION, ANNA_ID, "@ExchangeHelp how do I reset 2FA?"))));

        poller().pollOnce();

        assertThat(inbound.storedMessageIds()).containsExactly(QUESTION);
        assertThat(storedCursor()).isEqualTo(1800000000000000300L);
    }

    @Test
    void restartBetweenPollsNeitherMissesNorRepeatsMentions() throws Exception {
        x.enqueue(ok(XFixtures.page(
                XFixtures.mention("1800000000000000300", BOB_ID, "@ExchangeHelp are withdrawals down?"),
                XFixtures.mention("1800000000000000200", BOB_ID, "@ExchangeHelp hello?"),
                XFixtures.mention(QUESTION, ANNA_ID, "@ExchangeHelp how do I reset 2FA?"))));
        inbound.failOnceOn(TweetMapper.tweetEventId("1800000000000000200"));
        poller().pollOnce();
        assertThat(inbound.storedMessageIds()).containsExactly(QUESTION);
        assertThat(storedCursor()).as("cursor stops before what was not stored").isEqualTo(Long.parseLong(QUESTION));

        x.enqueue(ok(XFixtures.page(
                XFixtures.mention("1800000000000000300", BOB_ID, "@ExchangeHelp are withdrawals down?"),
                XFixtures.mention("1800000000000000200", BOB_ID, "@ExchangeHelp hello?"))));
        MentionPoller afterRestart = poller();
        afterRestart.pollOnce();

        x.takeRequest();
        assertThat(x.takeRequest().getRequestUrl().queryParameter("since_id")).isEqualTo(QUESTION);
        assertThat(inbound.storedMessageIds()).containsExactly(QUESTION, "1800000000000000200", "1800000000000000300");
        assertThat(inbound.duplicates()).isEmpty();
        assertThat(storedCursor()).isEqualTo(1800000000000000300L);
        assertThat(afterRestart.cursor()).isEqualTo(1800000000000000300L);
    }

    @Test
    void afterTooManyRequestsNothingIsAskedBeforeTheReset() throws Exception {
        x.enqueue(tooManyRequests(NOW.plusSeconds(600)));
        MentionPoller poller = poller();

        poller.pollOnce();
        clock.advance(Duration.ofSeconds(300));
        poller.pollOnce();
        assertThat(x.getRequestCount()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(301));
        x.enqueue(ok(XFixtures.page(XFixtures.mention(QUESTION, ANNA_ID, "@ExchangeHelp how do I reset 2FA?"))));
        poller.pollOnce();

        assertThat(x.getRequestCount()).isEqualTo(2);
        assertThat(inbound.storedMessageIds()).containsExactly(QUESTION);
    }

    @Test
    void tooManyRequestsInTheMiddleOfABacklogContinuesWithTheNextPageAfterTheReset() throws Exception {
        x.enqueue(ok(XFixtures.page(List.of(XFixtures.mention("1800000000000000300", BOB_ID, "@ExchangeHelp down?")),
                List.of(XFixtures.bob()), "next-page-token")));
        x.enqueue(tooManyRequests(NOW.plusSeconds(600)));
        MentionPoller poller = poller();

        poller.pollOnce();
        assertThat(inbound.stored()).as("nothing before the oldest page is in").isEmpty();
        assertThat(storedCursor()).isNull();

        clock.advance(Duration.ofSeconds(601));
        x.enqueue(ok(XFixtures.page(XFixtures.mention(QUESTION, ANNA_ID, "@ExchangeHelp how do I reset 2FA?"))));
        poller.pollOnce();

        x.takeRequest();
        x.takeRequest();
        assertThat(x.takeRequest().getRequestUrl().queryParameter("pagination_token")).isEqualTo("next-page-token");
        assertThat(inbound.storedMessageIds()).containsExactly(QUESTION, "1800000000000000300");
    }

    @Test
    void serverErrorIsRetriedNextCycleAndShowsInHealth() throws Exception {
        cursors.save(new MentionCursor("mentions:" + ACCOUNT_ID, 1799999999999999999L, NOW));
        MentionPoller poller = poller();
        TwitterHealthIndicator health = new TwitterHealthIndicator(contact, poller,
                TestProperties.configured(x.url("/").toString()));
        x.enqueue(new MockResponse().setResponseCode(503).setBody(XFixtures.problem(503, "Service Unavailable")));

        poller.pollOnce();

        Health down = health.health();
        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        assertThat(down.getDetails().get("lastError").toString()).contains("GET /2/users/:id/mentions", "503")
                .doesNotContain("app-bearer");
        assertThat(inbound.stored()).isEmpty();

        x.enqueue(ok(XFixtures.page(XFixtures.mention(QUESTION, ANNA_ID, "@ExchangeHelp how do I reset 2FA?")))
                .addHeader("x-rate-limit-remaining", "8").addHeader("x-rate-limit-reset", NOW.plusSeconds(700).getEpochSecond()));
        clock.advance(Duration.ofSeconds(60));
        poller.pollOnce();

        assertThat(x.takeRequest().getRequestUrl().queryParameter("since_id")).isEqualTo("1799999999999999999");
        assertThat(x.takeRequest().getRequestUrl().queryParameter("since_id")).isEqualTo("1799999999999999999");
        assertThat(inbound.storedMessageIds()).containsExactly(QUESTION);
        Health up = health.health();
        assertThat(up.getStatus()).isEqualTo(Status.UP);
        assertThat(up.getDetails()).containsEntry("cursor", QUESTION).containsEntry("rateLimitRemaining", 8)
                .containsEntry("rateLimitReset", NOW.plusSeconds(700).toString())
                .containsEntry("account", "@ExchangeHelp").containsKey("lastError");
    }

    @Test
    void ourOwnBudgetCapsRequestsPerWindowEvenWhenXWouldAllowMore() throws Exception {
        MentionPoller poller = poller(TestProperties.configured(x.url("/").toString(), "max-requests-per-window", "2"));
        for (int i = 0; i < 3; i++) {
            x.enqueue(ok(XFixtures.page()));
        }

        poller.pollOnce();
        poller.pollOnce();
        poller.pollOnce();
        assertThat(x.getRequestCount()).isEqualTo(2);

        clock.advance(Duration.ofMinutes(15));
        poller.pollOnce();
        assertThat(x.getRequestCount()).isEqualTo(3);
    }

    @Test
    void remainingZeroInXsHeadersPausesPollingUntilTheReset() throws Exception {
        MentionPoller poller = poller();
        x.enqueue(ok(XFixtures.page()).addHeader("x-rate-limit-remaining", "0")
                .addHeader("x-rate-limit-reset", NOW.plusSeconds(120).getEpochSecond()));

        poller.pollOnce();
        clock.advance(Duration.ofSeconds(60));
        poller.pollOnce();
        assertThat(x.getRequestCount()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(61));
        x.enqueue(ok(XFixtures.page()));
        poller.pollOnce();
        assertThat(x.getRequestCount()).isEqualTo(2);
    }

    @Test
    void theRoutePollsAtStartAndStopsCleanly() throws Exception {
        x.enqueue(ok(XFixtures.page(XFixtures.mention(QUESTION, ANNA_ID, "@ExchangeHelp how do I reset 2FA?"))));
        CamelContext camel = new DefaultCamelContext();
        camel.addRoutes(new MentionsRoute(poller(), Duration.ofMinutes(1), PollerLeadership.SINGLE_INSTANCE));

        camel.start();
        RecordedRequest request = x.takeRequest(10, TimeUnit.SECONDS);
        camel.stop();

        assertThat(request).isNotNull();
        assertThat(inbound.storedMessageIds()).containsExactly(QUESTION);
        assertThat(camel.getRouteController().getRouteStatus(MentionsRoute.ROUTE_ID)).isNotEqualTo(ServiceStatus.Started);
    }

    private MentionPoller poller() {
        return poller(TestProperties.configured(x.url("/").toString()));
    }

    private MentionPoller poller(TwitterProperties properties) {
        XApi api = new XApi(properties.apiUrl(), properties.bearerToken(), UserAuth.oauth2UserToken("unused"),
                properties.requestTimeout(), json);
        return new MentionPoller(api, RateWindow.mentions(RateLimits.inMemory(clock), properties, clock),
                new MentionCursorStore(cursors, ACCOUNT_ID, clock), new TweetMapper(ACCOUNT_ID, clock), inbound,
                new ConversationIndex(100, Duration.ofDays(1)), contact, properties, clock);
    }

    private Long storedCursor() {
        return cursors.findById("mentions:" + ACCOUNT_ID).map(MentionCursor::sinceId).orElse(null);
    }

    private static MockResponse ok(String body) {
        return new MockResponse().addHeader("Content-Type", "application/json").setBody(body);
    }

    private static MockResponse tooManyRequests(Instant reset) {
        return new MockResponse().setResponseCode(429).addHeader("Content-Type", "application/problem+json")
                .addHeader("x-rate-limit-limit", "10").addHeader("x-rate-limit-remaining", "0")
                .addHeader("x-rate-limit-reset", reset.getEpochSecond())
                .setBody(XFixtures.problem(429, "Too Many Requests"));
    }
}
