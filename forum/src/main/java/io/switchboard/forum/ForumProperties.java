package io.switchboard.forum;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the built-in forum ({@code switchboard.forum.*}).
 *
 * @param enabled serve the forum's pages, JSON API and channel (on by default)
 * @param titleMaxLength longest topic title, in characters
 * @param bodyMaxLength longest post, in characters of Markdown
 * @param postsPerWindow posts (topics and replies) one member may write per {@code rateWindow}
 * @param rateWindow the window of the posting rate limit
 * @param registrationsPerWindow new accounts one client address may register per {@code registrationWindow}
 * @param registrationWindow the window of the registration rate limit
 * @param pageSize topics per board page and posts per topic page
 * @param botUsername the account the official answers are posted as
 * @param botDisplayName the name shown on official answers
 * @param handoffSweepInterval how often recent support posts that never reached the support
 *     pipeline (the process stopped between saving a post and handing it in) are handed in again
 * @param announcementBoard the board announcements are published on (as topics of the bot account)
 * @param publicUrl the forum's public address ({@code https://community.example.com}); when set, the
 *     other channels' copies of an announcement link to its forum topic
 */
@Validated
@ConfigurationProperties("switchboard.forum")
public record ForumProperties(
        @DefaultValue("true") boolean enabled,
        @Min(10) @DefaultValue("150") int titleMaxLength,
        @Min(100) @DefaultValue("20000") int bodyMaxLength,
        @Min(1) @DefaultValue("5") int postsPerWindow,
        @NotNull @DefaultValue("1m") Duration rateWindow,
        @Min(1) @DefaultValue("5") int registrationsPerWindow,
        @NotNull @DefaultValue("1h") Duration registrationWindow,
        @Min(1) @DefaultValue("20") int pageSize,
        @NotBlank @DefaultValue("novaex-support") String botUsername,
        @NotBlank @DefaultValue("NovaEx Support") String botDisplayName,
        @NotNull @DefaultValue("30s") Duration handoffSweepInterval,
        @NotBlank @DefaultValue("announcements") String announcementBoard,
        java.net.URI publicUrl) {

    public ForumProperties {
        if (rateWindow != null && (rateWindow.isZero() || rateWindow.isNegative())) {
            throw new IllegalArgumentException("switchboard.forum.rate-window must be positive, got " + rateWindow);
        }
        if (registrationWindow != null && (registrationWindow.isZero() || registrationWindow.isNegative())) {
            throw new IllegalArgumentException("switchboard.forum.registration-window must be positive, got "
                    + registrationWindow);
        }
        if (handoffSweepInterval != null && (handoffSweepInterval.isZero() || handoffSweepInterval.isNegative())) {
            throw new IllegalArgumentException("switchboard.forum.handoff-sweep-interval must be positive, got "
                    + handoffSweepInterval);
        }
    }
}
