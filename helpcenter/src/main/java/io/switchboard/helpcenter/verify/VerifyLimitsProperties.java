package io.switchboard.helpcenter.verify;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The verification page's and API's limits per client address ({@code switchboard.helpcenter.verify.*}). Both
 * are open to everyone, so a script could otherwise probe the registry for look-alikes that pass, or flood the
 * moderators' list of reported fakes.
 *
 * @param checksPerAddress checks (page and API together) one address may ask for per {@code checksWindow}
 * @param checksWindow the window of the checks' limit, counted from an address's first check
 * @param reportsPerAddress fakes one address may report (page and API together) per {@code reportsWindow}
 * @param reportsWindow the window of the reports' limit
 */
@Validated
@ConfigurationProperties("switchboard.helpcenter.verify")
public record VerifyLimitsProperties(
        @Min(1) @DefaultValue("30") int checksPerAddress,
        @NotNull @DefaultValue("1m") Duration checksWindow,
        @Min(1) @DefaultValue("5") int reportsPerAddress,
        @NotNull @DefaultValue("10m") Duration reportsWindow) {
}
