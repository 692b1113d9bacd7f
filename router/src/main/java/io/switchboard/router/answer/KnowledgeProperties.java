package io.switchboard.router.answer;

import io.switchboard.core.announcement.AnnouncementCategory;
import io.switchboard.core.channel.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code switchboard.knowledge.*}: when the answer engine may answer on its own, the values of the
 * placeholders in articles, and whether the default knowledge base is loaded.
 *
 * @param thresholds the confidence an answer needs to be sent without a human
 * @param exchangeName fills {@code {exchange}}
 * @param website fills {@code {website}}
 * @param helpCenterUrl fills {@code {helpCenter}}
 * @param supportEmail fills {@code {supportEmail}}
 * @param announcementsUrl fills {@code {announcements}}
 * @param seedDefaults load the default articles on start-up (only keys that never existed)
 * @param cacheSize how many recent decisions to keep for repeated questions
 * @param suggestions how many suggestions a decision carries for agents
 * @param categoryConfidence the confidence the best article suggestion needs to give a new ticket its
 *     category (else OTHER); lower than the auto-answer thresholds, since a wrong queue costs an agent
 *     a click and a wrong answer the member. 0.25 from {@code shared/kb-eval/dev.jsonl}: the category
 *     of 120 of its 121 messages classified is right and every one of its 120 answerable messages is
 *     classified (0.20: 120 of 122; 0.45 leaves none wrong on dev but 5% of the hold-out set unclassified)
 * @param announcementTopics article keys whose questions an announcement of each category answers
 *     when it names what is asked (a maintenance notice for XRP answers "are XRP withdrawals
 *     suspended?" in place of the general maintenance article); configured categories replace the
 *     defaults of the same category, an empty list turns one off
 */
@Validated
@ConfigurationProperties(prefix = "switchboard.knowledge")
public record KnowledgeProperties(
        @NotNull @Valid @DefaultValue Thresholds thresholds,
        @NotBlank @DefaultValue("NovaEx") String exchangeName,
        @NotBlank @DefaultValue("https://www.novaex.com") String website,
        @NotBlank @DefaultValue("https://www.novaex.com/help") String helpCenterUrl,
        @NotBlank @DefaultValue("support@novaex.com") String supportEmail,
        @NotBlank @DefaultValue("https://www.novaex.com/announcements") String announcementsUrl,
        @DefaultValue("true") boolean seedDefaults,
        @Min(0) @DefaultValue("10000") int cacheSize,
        @Min(1) @Max(10) @DefaultValue("3") int suggestions,
        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.25") double categoryConfidence,
        Map<AnnouncementCategory, List<String>> announcementTopics) {

    /** What announcements answer unless configured otherwise. */
    public static final Map<AnnouncementCategory, List<String>> DEFAULT_ANNOUNCEMENT_TOPICS = Map.of(
            AnnouncementCategory.MAINTENANCE, List.of("maintenance", "withdrawal-pending", "deposit-missing"),
            AnnouncementCategory.NEW_LISTING, List.of("new-listing"),
            AnnouncementCategory.CAMPAIGN, List.of("rewards-campaign"));

    public KnowledgeProperties {
        Map<AnnouncementCategory, List<String>> topics = new EnumMap<>(DEFAULT_ANNOUNCEMENT_TOPICS);
        if (announcementTopics != null) {
            topics.putAll(announcementTopics);
        }
        announcementTopics = Map.copyOf(topics);
    }

    /** Defaults everywhere: what the evaluation command and tests start from. */
    public static KnowledgeProperties defaults() {
        return new KnowledgeProperties(Thresholds.defaults(), "NovaEx", "https://www.novaex.com",
                "https://www.novaex.com/help", "support@novaex.com", "https://www.novaex.com/announcements",
                true, 10_000, 3, 0.25, DEFAULT_ANNOUNCEMENT_TOPICS);
    }

    public KnowledgeProperties withThresholds(Thresholds newThresholds) {
        return new KnowledgeProperties(newThresholds, exchangeName, website, helpCenterUrl, supportEmail,
                announcementsUrl, seedDefaults, cacheSize, suggestions, categoryConfidence, announcementTopics);
    }

    boolean coversTopic(AnnouncementCategory category, String articleKey) {
        return announcementTopics.getOrDefault(category, List.of()).contains(articleKey);
    }

    /** Placeholder in an article body to its value. */
    Map<String, String> placeholders() {
        return Map.of("{exchange}", exchangeName, "{website}", website, "{helpCenter}", helpCenterUrl,
                "{supportEmail}", supportEmail, "{announcements}", announcementsUrl);
    }

    /**
     * Auto-answer thresholds. Public places (groups, mentions, comments, the forum) are stricter
     * than private chats: a wrong answer there is seen by everyone.
     *
     * @param publicChat threshold in groups and other public places
     * @param privateChat threshold in one-to-one chats
     * @param channels per-channel overrides of either value
     */
    public record Thresholds(
            @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.65") double publicChat,
            @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.60") double privateChat,
            Map<Channel, @Valid ChannelThresholds> channels) {

        public Thresholds {
            channels = channels == null || channels.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(channels));
        }

        public static Thresholds defaults() {
            return new Thresholds(0.65, 0.60, Map.of());
        }

        public double of(Channel channel, boolean privateChat) {
            ChannelThresholds override = channels.get(channel);
            Double value = override == null ? null : privateChat ? override.privateChat() : override.publicChat();
            if (value != null) {
                return value;
            }
            return privateChat ? this.privateChat : this.publicChat;
        }
    }

    /** Overrides for one channel; a missing value falls back to the general one. */
    public record ChannelThresholds(
            @DecimalMin("0.0") @DecimalMax("1.0") Double publicChat,
            @DecimalMin("0.0") @DecimalMax("1.0") Double privateChat) {
    }
}
