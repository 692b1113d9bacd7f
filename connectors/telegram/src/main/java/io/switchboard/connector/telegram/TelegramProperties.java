package io.switchboard.connector.telegram;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of the Telegram connector ({@code switchboard.telegram.*}). Bound only when a bot
 * token is set, so an installation without Telegram never validates it.
 *
 * <p>The token and the webhook secret are checked with {@code @AssertTrue} methods rather than
 * {@code @Pattern}: Spring Boot prints the rejected value of a failed property, and these two
 * must never appear in a log.
 *
 * @param botToken from BotFather, {@code <bot id>:<secret>}; only from the environment
 *     ({@code SWITCHBOARD_TELEGRAM_BOT_TOKEN})
 * @param botUsername the bot's username, with or without {@code @}; learned with getMe when unset
 * @param apiUrl Bot API server; a self-hosted server or a test fake; no path
 * @param mode how updates arrive
 * @param webhookSecret required in webhook mode; Telegram sends it back in
 *     {@code X-Telegram-Bot-Api-Secret-Token}
 * @param webhookUrl public HTTPS URL of {@code POST /webhooks/telegram}; when set in webhook mode the
 *     webhook is registered at startup
 * @param pollTimeout long-poll duration of getUpdates (a bare number means seconds)
 * @param maxBodyBytes largest webhook body accepted
 * @param connectTimeout TCP connect timeout of every Bot API call
 * @param requestTimeout whole-call timeout of a Bot API call; getUpdates gets poll-timeout on top
 * @param announcementChatId the announcement channel announcements are posted to ({@code @name} or
 *     the numeric id); the bot must be an admin there with the right to post (and pin)
 * @param announcementGroupIds groups announcements are posted to as well (numeric ids)
 */
@Validated
@ConditionalOnBotToken
@ConfigurationProperties("switchboard.telegram")
record TelegramProperties(
        String botToken,
        @Pattern(regexp = "@?[A-Za-z0-9_]{5,32}",
                message = "must be a Telegram username: 5 to 32 letters, digits or _")
        String botUsername,
        @NotNull @DefaultValue("https://api.telegram.org") URI apiUrl,
        @NotNull @DefaultValue("polling") Mode mode,
        String webhookSecret,
        URI webhookUrl,
        @NotNull @DurationMin(seconds = 0) @DurationUnit(ChronoUnit.SECONDS) @DefaultValue("25s")
        Duration pollTimeout,
        @NotNull @DefaultValue("1MB") DataSize maxBodyBytes,
        @NotNull @DurationMin(millis = 1) @DefaultValue("10s") Duration connectTimeout,
        @NotNull @DurationMin(millis = 1) @DefaultValue("30s") Duration requestTimeout,
        @Pattern(regexp = CHAT_ID, message = "must be a Telegram chat id (-100...) or @channelname")
        String announcementChatId,
        List<@Pattern(regexp = CHAT_ID, message = "must be a Telegram chat id (-100...) or @channelname") String>
        announcementGroupIds) {

    /** A numeric chat id or a public channel's {@code @username}. */
    static final String CHAT_ID = "-?\\d{1,20}|@[A-Za-z0-9_]{5,32}";

    TelegramProperties {
        announcementGroupIds = announcementGroupIds == null ? List.of() : List.copyOf(announcementGroupIds);
    }

    private static final java.util.regex.Pattern BOT_TOKEN =
            java.util.regex.Pattern.compile("\\d{1,15}:[A-Za-z0-9_-]+");
    private static final java.util.regex.Pattern WEBHOOK_SECRET =
            java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,256}");

    /** How updates reach the connector. */
    enum Mode {
        /** The connector asks Telegram with getUpdates; no public URL needed. */
        POLLING,
        /** Telegram posts every update to {@code POST /webhooks/telegram}. */
        WEBHOOK
    }

    @AssertTrue(message = "switchboard.telegram.bot-token must look like <bot id>:<secret> as issued by "
            + "BotFather (the value is not shown)")
    boolean isBotTokenWellFormed() {
        return botToken != null && BOT_TOKEN.matcher(botToken).matches();
    }

    @AssertTrue(message = "switchboard.telegram.api-url must be http(s)://host[:port] without path, query "
            + "or user info (TelegramBots appends /bot<token>/<method> to it)")
    boolean isApiUrlUsable() {
        return apiUrl == null
                || ("https".equalsIgnoreCase(apiUrl.getScheme()) || "http".equalsIgnoreCase(apiUrl.getScheme()))
                        && apiUrl.getHost() != null
                        && (apiUrl.getRawPath() == null || apiUrl.getRawPath().isEmpty() || "/".equals(apiUrl.getRawPath()))
                        && apiUrl.getRawQuery() == null && apiUrl.getRawFragment() == null
                        && apiUrl.getRawUserInfo() == null;
    }

    @AssertTrue(message = "switchboard.telegram.webhook-secret is required in webhook mode: 1 to 256 "
            + "characters A-Z, a-z, 0-9, _ or - (set SWITCHBOARD_TELEGRAM_WEBHOOK_SECRET; the value is not shown)")
    boolean isWebhookSecretUsable() {
        return mode != Mode.WEBHOOK || webhookSecret != null && WEBHOOK_SECRET.matcher(webhookSecret).matches();
    }

    @AssertTrue(message = "switchboard.telegram.webhook-url must be an absolute https:// URL (Telegram only "
            + "delivers webhooks over HTTPS)")
    boolean isWebhookUrlUsable() {
        return webhookUrl == null || "https".equalsIgnoreCase(webhookUrl.getScheme()) && webhookUrl.getHost() != null;
    }

    @AssertTrue(message = "switchboard.telegram.max-body-bytes must be positive")
    boolean isMaxBodyBytesPositive() {
        return maxBodyBytes == null || maxBodyBytes.toBytes() > 0;
    }

    /** The bot's username without {@code @}, or null when it is to be learned with getMe. */
    String botUsernameWithoutAt() {
        if (botUsername == null || botUsername.isBlank()) {
            return null;
        }
        return botUsername.startsWith("@") ? botUsername.substring(1) : botUsername;
    }

    /** The announcement channel first, then the groups, each once. */
    List<String> announcementTargets() {
        List<String> targets = new ArrayList<>();
        if (announcementChatId != null && !announcementChatId.isBlank()) {
            targets.add(announcementChatId);
        }
        announcementGroupIds.stream().filter(id -> !targets.contains(id)).forEach(targets::add);
        return List.copyOf(targets);
    }

    /** Never prints the token or the webhook secret. */
    @Override
    public String toString() {
        return "TelegramProperties[botToken=<hidden>, botUsername=" + botUsername + ", apiUrl=" + apiUrl
                + ", mode=" + mode + ", webhookSecret=" + (webhookSecret == null ? "<unset>" : "<hidden>")
                + ", webhookUrl=" + webhookUrl + ", pollTimeout=" + pollTimeout + ", maxBodyBytes=" + maxBodyBytes
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
                + ", announcementChatId=" + announcementChatId + ", announcementGroupIds=" + announcementGroupIds + "]";
    }
}
