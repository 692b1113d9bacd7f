package io.switchboard.helpcenter.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The help center's settings for requests ({@code switchboard.helpcenter.*}).
 *
 * @param linkSecret the key that signs visitors' tracking links; when unset a random one is made once and
 *     kept in the database, so every instance and every restart agree. From the environment only
 * @param requests the request form's and the request page's settings
 */
@Validated
@ConfigurationProperties("switchboard.helpcenter")
public record RequestProperties(String linkSecret, @Valid @NotNull @DefaultValue Requests requests) {

    /**
     * @param reopenWindow how long after its resolution a member may reopen a request
     * @param trackingLinkValidity how long a visitor's tracking link works
     * @param subjectMaxLength longest subject, in characters
     * @param descriptionMaxLength longest description or reply, in characters
     * @param anonymousPerAddress requests visitors without an account may file from one client address per
     *     {@code anonymousWindow}
     * @param anonymousPerEmail requests visitors may file for one e-mail address per {@code anonymousWindow}
     * @param anonymousWindow the window of both visitor limits
     */
    public record Requests(
            @NotNull @DefaultValue("7d") Duration reopenWindow,
            @NotNull @DefaultValue("30d") Duration trackingLinkValidity,
            @Min(10) @DefaultValue("150") int subjectMaxLength,
            @Min(100) @DefaultValue("5000") int descriptionMaxLength,
            @Min(1) @DefaultValue("5") int anonymousPerAddress,
            @Min(1) @DefaultValue("3") int anonymousPerEmail,
            @NotNull @DefaultValue("1h") Duration anonymousWindow) {
    }
}
