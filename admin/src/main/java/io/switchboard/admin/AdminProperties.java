package io.switchboard.admin;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the staff API and console ({@code switchboard.admin.*}).
 *
 * @param username the bootstrap staff account's name
 * @param password that account's password, only ever from the environment
 *     ({@code SWITCHBOARD_ADMIN_PASSWORD}); null means "generate one at startup". It is checked
 *     when the account is created rather than by bean validation here, because a binding failure
 *     report prints the rejected value.
 * @param maxFailedSignIns wrong passwords in a row for one account from one client address after
 *     which that address may not sign in to that account for a while, for the sign-in forms and the
 *     API's HTTP Basic alike; the owner signing in from another address is not locked out
 * @param signInLockout how long that lock lasts after the last wrong password, and how long wrong
 *     passwords are remembered for the slow-down below
 * @param signInSlowDownAfter wrong passwords for one account from all addresses together after
 *     which each further attempt from an address the account has not signed in from waits: one
 *     second after the last wrong password, twice as long after each further one, up to
 *     {@code signInSlowDownCap}; against guessing spread over many addresses, without locking out
 *     the owner
 * @param signInSlowDownCap the longest such wait
 * @param consoleZone the zone the console shows every time in, with its name ({@code UTC}, or a
 *     region such as {@code Asia/Shanghai})
 */
@Validated
@ConfigurationProperties("switchboard.admin")
public record AdminProperties(
        @DefaultValue("admin") @NotBlank String username,
        String password,
        @Min(1) @DefaultValue("5") int maxFailedSignIns,
        @NotNull @DefaultValue("15m") Duration signInLockout,
        @Min(1) @DefaultValue("20") int signInSlowDownAfter,
        @NotNull @DefaultValue("1m") Duration signInSlowDownCap,
        @NotNull @DefaultValue("UTC") ZoneId consoleZone) {

    /** Never shows the password: records print every component by default. */
    @Override
    public String toString() {
        return "AdminProperties[username=" + username + ", password="
                + (password == null ? "<not set>" : "<set>") + ", maxFailedSignIns=" + maxFailedSignIns
                + ", signInLockout=" + signInLockout + ", signInSlowDownAfter=" + signInSlowDownAfter
                + ", signInSlowDownCap=" + signInSlowDownCap + ", consoleZone=" + consoleZone + "]";
    }
}
