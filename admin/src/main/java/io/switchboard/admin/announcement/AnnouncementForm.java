package io.switchboard.admin.announcement;

import io.switchboard.core.announcement.AnnouncementCategory;
import io.switchboard.core.announcement.AnnouncementContent;
import io.switchboard.core.announcement.AnnouncementText;
import io.switchboard.core.channel.Channel;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The console's announcement form: title and body in English and Chinese (either or both), the
 * category, the channels and, within Telegram, the chats (none ticked: all configured ones), the
 * schedule and expiry (UTC, to the minute; no publication time means now) and the pin. {@link #validate} rejects with message codes the page shows in the reader's
 * language.
 */
public class AnnouncementForm {

    static final int MAX_TITLE = 255;
    static final int MAX_BODY = 20_000;

    private AnnouncementCategory category;
    private String titleEn;
    private String bodyEn;
    private String titleZh;
    private String bodyZh;
    private Set<Channel> channels = EnumSet.noneOf(Channel.class);
    private Set<String> telegramChats = new LinkedHashSet<>();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime publishAt;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime expiresAt;
    private boolean pin;

    static AnnouncementForm of(AnnouncementContent content) {
        AnnouncementForm form = new AnnouncementForm();
        form.category = content.category();
        AnnouncementText en = content.texts().get("en");
        AnnouncementText zh = content.texts().get("zh");
        if (en != null) {
            form.titleEn = en.title();
            form.bodyEn = en.body();
        }
        if (zh != null) {
            form.titleZh = zh.title();
            form.bodyZh = zh.body();
        }
        form.channels = content.channels().isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(content.channels());
        form.telegramChats = new LinkedHashSet<>(content.targets().getOrDefault(Channel.TELEGRAM, Set.of()));
        form.publishAt = LocalDateTime.ofInstant(content.publishedAt(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        form.expiresAt = content.expiresAt() == null ? null
                : LocalDateTime.ofInstant(content.expiresAt(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        form.pin = content.pin();
        return form;
    }

    /** @param configuredChats the Telegram chats announcements may go to */
    void validate(Errors errors, Instant now, List<String> configuredChats) {
        if (category == null) {
            errors.rejectValue("category", "console.announcements.error.category");
        }
        boolean en = language(errors, "En", titleEn, bodyEn);
        boolean zh = language(errors, "Zh", titleZh, bodyZh);
        if (!en && !zh && !errors.hasFieldErrors("titleEn") && !errors.hasFieldErrors("titleZh")) {
            errors.rejectValue("titleEn", "console.announcements.error.noText");
        }
        if (expiresAt != null && !expiresAt.toInstant(ZoneOffset.UTC).isAfter(publishedAt(now))) {
            errors.rejectValue("expiresAt", "console.announcements.error.expiry");
        }
        telegramChats.stream().filter(chat -> !configuredChats.contains(chat)).findFirst().ifPresent(unknown ->
                errors.rejectValue("telegramChats", "console.announcements.error.unknownChat", new Object[] {unknown},
                        null));
        if (!telegramChats.isEmpty() && !channels.isEmpty() && !channels.contains(Channel.TELEGRAM)) {
            errors.rejectValue("telegramChats", "console.announcements.error.chatsWithoutTelegram");
        }
    }

    /** Whether the language is filled in; rejects half of it, or too much. */
    private static boolean language(Errors errors, String suffix, String title, String body) {
        boolean hasTitle = title != null && !title.isBlank();
        boolean hasBody = body != null && !body.isBlank();
        if (hasTitle != hasBody) {
            errors.rejectValue((hasTitle ? "body" : "title") + suffix, "console.announcements.error.incomplete");
        }
        if (hasTitle && title.strip().length() > MAX_TITLE) {
            errors.rejectValue("title" + suffix, "console.announcements.error.titleTooLong", new Object[] {MAX_TITLE},
                    null);
        }
        if (hasBody && body.strip().length() > MAX_BODY) {
            errors.rejectValue("body" + suffix, "console.announcements.error.bodyTooLong", new Object[] {MAX_BODY},
                    null);
        }
        return hasTitle && hasBody;
    }

    AnnouncementContent toContent(Long id, Instant now) {
        Map<String, AnnouncementText> texts = new LinkedHashMap<>();
        if (titleEn != null && !titleEn.isBlank()) {
            texts.put("en", new AnnouncementText(titleEn.strip(), bodyEn.strip()));
        }
        if (titleZh != null && !titleZh.isBlank()) {
            texts.put("zh", new AnnouncementText(titleZh.strip(), bodyZh.strip()));
        }
        return new AnnouncementContent(id, category, texts, channels, publishedAt(now),
                expiresAt == null ? null : expiresAt.toInstant(ZoneOffset.UTC), pin,
                Map.of(Channel.TELEGRAM, telegramChats));
    }

    private Instant publishedAt(Instant now) {
        return publishAt == null ? now : publishAt.toInstant(ZoneOffset.UTC);
    }

    public AnnouncementCategory getCategory() {
        return category;
    }

    public void setCategory(AnnouncementCategory category) {
        this.category = category;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public void setTitleZh(String titleZh) {
        this.titleZh = titleZh;
    }

    public String getBodyZh() {
        return bodyZh;
    }

    public void setBodyZh(String bodyZh) {
        this.bodyZh = bodyZh;
    }

    public Set<Channel> getChannels() {
        return channels;
    }

    public void setChannels(Set<Channel> channels) {
        this.channels = channels == null ? EnumSet.noneOf(Channel.class) : channels;
    }

    public Set<String> getTelegramChats() {
        return telegramChats;
    }

    public void setTelegramChats(Set<String> telegramChats) {
        this.telegramChats = telegramChats == null ? new LinkedHashSet<>() : telegramChats;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(LocalDateTime expiresAt) {
        this.expiresAt = expiresAt;
    }

    public boolean isPin() {
        return pin;
    }

    public void setPin(boolean pin) {
        this.pin = pin;
    }
}
