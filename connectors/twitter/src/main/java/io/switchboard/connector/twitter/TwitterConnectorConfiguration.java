package io.switchboard.connector.twitter;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.cluster.PollerLeadership;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.PlatformContact;
import io.switchboard.core.gateway.PlatformContactMetrics;
import io.switchboard.core.inbound.InboundPort;
import io.switchboard.core.limit.RateLimits;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the X connector. Everything here stays off until {@code switchboard.twitter.bearer-token}
 * is set; the webhook controller additionally needs {@code webhook-consumer-secret}. All calls go to
 * {@code switchboard.twitter.api-url}, so a test or a proxy can stand in for X.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TwitterProperties.class)
@ConditionalOnProperty(prefix = "switchboard.twitter", name = "bearer-token")
class TwitterConnectorConfiguration {

    /** Enough for a few days of a busy support account's conversations. */
    private static final long CONVERSATIONS_REMEMBERED = 50_000;
    private static final Duration CONVERSATION_RETENTION = Duration.ofDays(7);

    @Bean
    PlatformContact twitterContact(Clock clock) {
        return new PlatformContact(clock);
    }

    @Bean
    PlatformContactMetrics twitterContactMetrics(PlatformContact twitterContact) {
        return new PlatformContactMetrics(Channel.TWITTER, twitterContact);
    }

    @Bean
    XApi twitterApi(TwitterProperties properties, ObjectMapper json, Clock clock) {
        UserAuth userAuth = properties.usesOAuth1()
                ? new OAuth1Signer(properties.consumerKey(), properties.consumerSecret(), properties.accessToken(),
                        properties.accessTokenSecret(), clock)
                : UserAuth.oauth2UserToken(properties.userAccessToken());
        return new XApi(properties.apiUrl(), properties.bearerToken(), userAuth, properties.requestTimeout(), json);
    }

    @Bean
    ConversationIndex twitterConversations() {
        return new ConversationIndex(CONVERSATIONS_REMEMBERED, CONVERSATION_RETENTION);
    }

    @Bean
    MentionPoller twitterMentionPoller(XApi api, MentionCursorRepository cursors, InboundPort inbound,
            ConversationIndex conversations, PlatformContact twitterContact, TwitterProperties properties,
            Clock clock, RateLimits rateLimits) {
        return new MentionPoller(api, RateWindow.mentions(rateLimits, properties, clock),
                new MentionCursorStore(cursors, properties.accountId(), clock),
                new TweetMapper(properties.accountId(), clock), inbound, conversations, twitterContact, properties,
                clock);
    }

    @Bean
    MentionsRoute twitterMentionsRoute(MentionPoller twitterMentionPoller, TwitterProperties properties,
            PollerLeadership pollerLeadership) {
        return new MentionsRoute(twitterMentionPoller, properties.pollInterval(), pollerLeadership);
    }

    @Bean
    TwitterGateway twitterGateway(XApi api, ConversationIndex conversations, PlatformContact twitterContact,
            TwitterProperties properties, Clock clock) {
        return new TwitterGateway(api, new TweetFitter(properties.linkBaseUrl()), new PublicReplyGuard(),
                properties.privateChannelPointer(), conversations, twitterContact, clock, properties.accountId());
    }

    @Bean
    TwitterHealthIndicator twitterHealthIndicator(PlatformContact twitterContact, MentionPoller poller,
            TwitterProperties properties) {
        return new TwitterHealthIndicator(twitterContact, poller, properties);
    }

    @Bean
    @ConditionalOnProperty(prefix = "switchboard.twitter", name = "webhook-consumer-secret")
    WebhookSignature twitterWebhookSignature(TwitterProperties properties) {
        return new WebhookSignature(properties.webhookConsumerSecret());
    }

    @Bean
    @ConditionalOnProperty(prefix = "switchboard.twitter", name = "webhook-consumer-secret")
    AccountActivityEvents twitterAccountActivityEvents(XApi api, ConversationIndex conversations,
            PlatformContact twitterContact, TwitterProperties properties, Clock clock) {
        return new AccountActivityEvents(properties.accountId(), conversations, api,
                RateWindow.followingServer(clock), twitterContact, clock);
    }
}
