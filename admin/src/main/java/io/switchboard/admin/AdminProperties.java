package io.switchboard.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the staff API and console ({@code switchboard.admin.*}). The sign-in lockout's settings
 * share the prefix but are web's ({@code SignInProperties}): they guard every sign-in form of the site.
 *
 * @param username the bootstrap staff account's name
 * @param password that account's password, only ever from the environment
 *     ({@code SWITCHBOARD_ADMIN_PASSWORD}); null means "generate one at startup". It is checked
 *     when the account is created rather than by bean validation here, because a binding failure
 *     report prints the rejected value.
 * @param consoleZone the zone the console shows every time in, with its name ({@code UTC}, or a
 *     region such as {@code Asia/Shanghai})
 */
@Validated
@ConfigurationProperties("switchboard.admin")
public record AdminProperties(
        @DefaultValue("admin") @NotBlank String username,
        String password,
        @NotNull @DefaultValue("UTC") ZoneId consoleZone) {

    /** Never shows the password: records print every component by default. */
    @Override
    public String toString() {
        return "AdminProperties[username=" + username + ", password="
                + (password == null ? "<not set>" : "<set>") + ", consoleZone=" + consoleZone + "]";
    }
}
