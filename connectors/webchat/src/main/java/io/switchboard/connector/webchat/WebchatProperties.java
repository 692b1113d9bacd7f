package io.switchboard.connector.webchat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of the live chat, prefix {@code switchboard.webchat}. The secrets ({@code identity-secret},
 * {@code token-secret}) come from the environment and are never logged.
 *
 * @param allowedOrigins the sites that may embed the widget ({@code https://www.example.com}): the WebSocket
 *     handshake and the API's CORS answer only these; Switchboard's own pages always may
 * @param identitySecret the key the embedding site signs its users' ids with (HMAC-SHA256, hex); without it no
 *     visitor can be identified, and the widget is anonymous only
 * @param tokenSecret the key that signs visitors' tokens; one made at random and kept in the database when not set
 * @param tokenLifetime how long a visitor's token is good for; the widget gets a new one each time it opens
 * @param maxMessageLength the longest message a visitor may send, in characters
 * @param messagesPerMinute how many messages (and button presses) one visitor may send in a minute
 * @param longPollWait how long a long-polling request waits for something new before it answers empty
 * @param history how many of the latest lines a widget opened without a position is sent
 * @param minutesPerChat the estimate of one chat's length, for the visitor's wait, until the day has a median
 * @param hours when agents answer the chat, per language ({@code zh}, {@code en}); a language without hours is
 *     answered at all hours
 */
@Validated
@ConfigurationProperties("switchboard.webchat")
public record WebchatProperties(
        List<String> allowedOrigins,
        String identitySecret,
        String tokenSecret,
        @NotNull @DefaultValue("365d") Duration tokenLifetime,
        @Min(1) @DefaultValue("2000") int maxMessageLength,
        @Min(1) @DefaultValue("20") int messagesPerMinute,
        @NotNull @DefaultValue("25s") Duration longPollWait,
        @Min(1) @DefaultValue("100") int history,
        @Min(1) @DefaultValue("4") int minutesPerChat,
        Map<String, @Valid BusinessHours> hours) {

    public WebchatProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        hours = hours == null ? Map.of() : Map.copyOf(hours);
    }

    /**
     * When agents answer in one language.
     *
     * @param zone the time zone the hours are in ({@code Asia/Shanghai})
     * @param weekly the open hours, each {@code MON-FRI 09:00-18:00} or {@code SAT 10:00-16:00}
     * @param holidays days closed whatever the weekly hours say
     */
    public record BusinessHours(@NotNull String zone, List<String> weekly, List<LocalDate> holidays) {

        public BusinessHours {
            weekly = weekly == null ? List.of() : List.copyOf(weekly);
            holidays = holidays == null ? List.of() : List.copyOf(holidays);
        }
    }

    /** Shows no secret, only whether it is set. */
    @Override
    public String toString() {
        return "WebchatProperties[allowedOrigins=" + allowedOrigins + ", identitySecret="
                + (identitySecret == null ? "unset" : "set") + ", tokenSecret=" + (tokenSecret == null ? "unset" : "set")
                + ", hours=" + hours.keySet() + "]";
    }
}
