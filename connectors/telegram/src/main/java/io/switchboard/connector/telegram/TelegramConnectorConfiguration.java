package io.switchboard.connector.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.cluster.PollerLeadership;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.PlatformContact;
import io.switchboard.core.gateway.PlatformContactMetrics;
import io.switchboard.core.guard.OwnAccounts;
import io.switchboard.core.inbound.InboundPort;
import io.switchboard.core.moderation.ModerationQueue;
import java.time.Clock;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Telegram connector: present only when a bot token is configured. It gives the router a
 * {@code ChannelGateway} for {@code TELEGRAM}, hands updates to the {@link InboundPort} (from its
 * poller, or from {@link TelegramWebhookController} in webhook mode), members' {@code /report}s to
 * the {@link ModerationQueue}, and adds {@code telegram} to
 * the health endpoint. Its start-up calls and its poller are Camel routes
 * ({@value TelegramSetUpRoute#ROUTE_ID}, {@value TelegramUpdatesRoute#ROUTE_ID}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBotToken
@EnableConfigurationProperties(TelegramProperties.class)
class TelegramConnectorConfiguration {

    @Bean
    BotIdentity telegramBotIdentity(TelegramProperties properties) {
        return BotIdentity.of(properties);
    }

    @Bean(destroyMethod = "close")
    BotApi telegramBotApi(TelegramProperties properties, Clock clock) {
        return new BotApi(properties, new PlatformContact(clock));
    }

    @Bean
    UpdateIntake telegramUpdateIntake(BotIdentity telegramBotIdentity, InboundPort inboundPort,
            ModerationQueue moderationQueue, BotApi telegramBotApi, ObjectMapper json, Clock clock) {
        return new UpdateIntake(new UpdateMapper(telegramBotIdentity, json, clock), inboundPort,
                new MemberReports(moderationQueue, telegramBotApi), new CallbackAnswers(telegramBotApi));
    }

    /** The bot's username, for the scam guard: mentions of the bot are no impersonation. */
    @Bean
    OwnAccounts telegramOwnAccounts(BotIdentity telegramBotIdentity) {
        return () -> telegramBotIdentity.known() ? Set.of(telegramBotIdentity.username()) : Set.of();
    }

    @Bean
    TelegramGateway telegramGateway(BotApi telegramBotApi, InboundPort inboundPort, TelegramProperties properties,
            Clock clock) {
        return new TelegramGateway(telegramBotApi, inboundPort, new TelegramModeration(clock),
                properties.announcementTargets());
    }

    @Bean
    TelegramHealthIndicator telegramHealthIndicator(TelegramProperties properties, BotIdentity telegramBotIdentity,
            BotApi telegramBotApi) {
        return new TelegramHealthIndicator(properties.mode(), telegramBotIdentity, telegramBotApi.contact());
    }

    @Bean
    PlatformContactMetrics telegramContactMetrics(BotApi telegramBotApi) {
        return new PlatformContactMetrics(Channel.TELEGRAM, telegramBotApi.contact());
    }

    @Bean
    TelegramSetUp telegramSetUp(TelegramProperties properties, BotIdentity telegramBotIdentity, BotApi telegramBotApi) {
        return new TelegramSetUp(properties, telegramBotIdentity, telegramBotApi);
    }

    @Bean
    TelegramSetUpRoute telegramSetUpRoute(TelegramSetUp telegramSetUp, BotApi telegramBotApi) {
        return new TelegramSetUpRoute(telegramSetUp, telegramBotApi);
    }

    @Bean
    @ConditionalOnProperty(prefix = "switchboard.telegram", name = "mode", havingValue = "polling",
            matchIfMissing = true)
    TelegramUpdatesRoute telegramUpdatesRoute(TelegramSetUp telegramSetUp, BotApi telegramBotApi,
            UpdateIntake telegramUpdateIntake, TelegramProperties properties, PollerLeadership pollerLeadership) {
        UpdatePoller poller = new UpdatePoller(telegramBotApi, telegramUpdateIntake, properties);
        return new TelegramUpdatesRoute(new TelegramPolling(telegramSetUp, poller, telegramBotApi), pollerLeadership);
    }
}
