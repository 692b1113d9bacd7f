package io.switchboard.web.signin;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How sign-ins are guarded, on every sign-in form of the site and the APIs' HTTP Basic alike
 * ({@link SignInAttempts}). The settings keep the {@code switchboard.admin.*} names they had when only
 * the staff console signed people in, so that installations that set them keep them; the staff
 * console's own settings under that prefix are admin's.
 *
 * @param maxFailedSignIns wrong passwords in a row for one account from one client address after
 *     which that address may not sign in to that account for a while; the owner signing in from
 *     another address is not locked out
 * @param signInLockout how long that lock lasts after the last wrong password, and how long wrong
 *     passwords are remembered for the slow-down below
 * @param signInSlowDownAfter wrong passwords for one account from all addresses together after
 *     which each further attempt from an address the account has not signed in from waits: one
 *     second after the last wrong password, twice as long after each further one, up to
 *     {@code signInSlowDownCap}; against guessing spread over many addresses, without locking out
 *     the owner
 * @param signInSlowDownCap the longest such wait
 */
@Validated
@ConfigurationProperties("switchboard.admin")
public record SignInProperties(
        @Min(1) @DefaultValue("5") int maxFailedSignIns,
        @NotNull @DefaultValue("15m") Duration signInLockout,
        @Min(1) @DefaultValue("20") int signInSlowDownAfter,
        @NotNull @DefaultValue("1m") Duration signInSlowDownCap) {
}
