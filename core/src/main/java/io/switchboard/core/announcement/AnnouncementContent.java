package io.switchboard.core.announcement;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.knowledge.ArticleContent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An announcement: the value behind the {@link Announcement} entity and the API body.
 *
 * @param id null until stored
 * @param texts title and body per language code
 * @param channels where it applies; empty means everywhere
 * @param publishedAt when it becomes visible (the engine ignores it before then); a request may leave
 *     it out for "now" ({@link #publishedNowIfUnset})
 * @param expiresAt when it stops being true, or null for never; expired announcements are never
 *     used as answers
 * @param pin whether the copies are pinned where the platform pins (Telegram chats)
 * @param targets per channel, the configured targets it goes to there (some of the Telegram chats);
 *     a channel not named here goes to all of its configured targets
 */
public record AnnouncementContent(
        Long id,
        @NotNull AnnouncementCategory category,
        @NotEmpty Map<@Pattern(regexp = ArticleContent.LANGUAGE_PATTERN,
                message = "must be a two-letter language code") String, @NotNull @Valid AnnouncementText> texts,
        Set<Channel> channels,
        Instant publishedAt,
        Instant expiresAt,
        boolean pin,
        Map<Channel, Set<String>> targets) {

    public AnnouncementContent {
        texts = texts == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(texts));
        channels = channels == null || channels.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(channels));
        Map<Channel, Set<String>> chosen = new EnumMap<>(Channel.class);
        if (targets != null) {
            targets.forEach((channel, named) -> {
                if (channel != null && named != null && !named.isEmpty()) {
                    chosen.put(channel, Collections.unmodifiableSet(new TreeSet<>(named)));
                }
            });
        }
        targets = Collections.unmodifiableMap(chosen);
    }

    /** To all the configured targets of its channels. */
    public AnnouncementContent(Long id, AnnouncementCategory category, Map<String, AnnouncementText> texts,
            Set<Channel> channels, Instant publishedAt, Instant expiresAt, boolean pin) {
        this(id, category, texts, channels, publishedAt, expiresAt, pin, Map.of());
    }

    /** Not pinned. */
    public AnnouncementContent(Long id, AnnouncementCategory category, Map<String, AnnouncementText> texts,
            Set<Channel> channels, Instant publishedAt, Instant expiresAt) {
        this(id, category, texts, channels, publishedAt, expiresAt, false, Map.of());
    }

    @AssertTrue(message = "expiresAt must be after publishedAt")
    boolean isExpiryAfterPublication() {
        return expiresAt == null || publishedAt == null || expiresAt.isAfter(publishedAt);
    }

    @AssertTrue(message = "targets may only name channels the announcement goes to")
    boolean isTargetedWithinItsChannels() {
        return targets.keySet().stream().allMatch(this::appliesTo);
    }

    /** Published at {@code now} when no time was given; otherwise this. */
    public AnnouncementContent publishedNowIfUnset(Instant now) {
        return publishedAt != null ? this
                : new AnnouncementContent(id, category, texts, channels, now, expiresAt, pin, targets);
    }

    public AnnouncementContent withId(Long newId) {
        return new AnnouncementContent(newId, category, texts, channels, publishedAt, expiresAt, pin, targets);
    }

    /**
     * The targets it goes to on {@code channel}, of the {@code configured} ones there: those chosen,
     * in the configured order, or all when none were chosen. A chosen target that is no longer
     * configured comes last, so that its copy can say it cannot go there.
     */
    public List<String> targetsIn(Channel channel, List<String> configured) {
        Set<String> chosen = targets.get(channel);
        if (chosen == null) {
            return configured;
        }
        List<String> ordered = new ArrayList<>(configured.stream().filter(chosen::contains).toList());
        chosen.stream().filter(target -> !configured.contains(target)).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    /** Published and not yet expired at {@code now}. */
    public boolean activeAt(Instant now) {
        return !publishedAt.isAfter(now) && (expiresAt == null || expiresAt.isAfter(now));
    }

    /**
     * Its texts with English first and then the others by language code: the order in which the
     * channels show them (and X, which has room for one, shows the first).
     */
    public List<AnnouncementText> textsEnglishFirst() {
        List<AnnouncementText> ordered = new ArrayList<>();
        if (texts.containsKey("en")) {
            ordered.add(texts.get("en"));
        }
        texts.forEach((lang, text) -> {
            if (!"en".equals(lang)) {
                ordered.add(text);
            }
        });
        return ordered;
    }

    public boolean appliesTo(Channel channel) {
        return channels.isEmpty() || channels.contains(channel);
    }

    /** The text in {@code language}, else English, else any. */
    public AnnouncementText text(String language) {
        AnnouncementText exact = texts.get(language);
        if (exact != null) {
            return exact;
        }
        AnnouncementText english = texts.get("en");
        return english != null ? english : texts.values().iterator().next();
    }
}
