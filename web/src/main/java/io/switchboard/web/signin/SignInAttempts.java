package io.switchboard.web.signin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.switchboard.core.account.Account;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Keeps passwords from being found by trying many, through the sign-in forms and the API's HTTP
 * Basic alike, without letting a stranger lock the owner out of their account:
 * <ul>
 *   <li>wrong passwords are counted per account <em>and client address</em>: after
 *       {@code max-failed-sign-ins} in a row that address may not sign in to that account until
 *       {@code sign-in-lockout} after its last wrong password; the owner, from their own address,
 *       is not concerned;</li>
 *   <li>wrong passwords are also counted per account from every address together: after
 *       {@code sign-in-slow-down-after} of them, guessing spread over many addresses is slowed down:
 *       an attempt from an address the account has not signed in from must wait a second after the
 *       last wrong password, twice as long after each further one, up to {@code sign-in-slow-down-cap}.
 *       Addresses the account signed in from (in this instance's memory) are not slowed down.</li>
 * </ul>
 * A refused attempt is refused before its password is checked, which also keeps a flood of guesses
 * from costing a bcrypt hash each, and is not itself counted. The address is the client's as the
 * application sees it: behind a proxy, set {@code server.forward-headers-strategy} so that it is the
 * client's and not the proxy's. Everything is kept in this instance's memory.
 */
@Component
class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);
    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    /** How long an address the account signed in from stays known without another sign-in. */
    private static final Duration KNOWN_FOR = Duration.ofDays(30);
    private static final String NO_ADDRESS = "(no address)";

    private record FromAddress(String username, String address) {
    }

    /** Wrong passwords for one account from every address, and when the last one came. */
    private record AccountFailures(int count, Instant last) {
    }

    private final int maxFailures;
    private final int slowDownAfter;
    private final Duration slowDownCap;
    private final Clock clock;
    private final Cache<FromAddress, Integer> fromAddress;
    private final Cache<String, AccountFailures> perAccount;
    private final Cache<String, Set<String>> knownAddresses;

    SignInAttempts(SignInProperties properties, Clock clock) {
        this.maxFailures = properties.maxFailedSignIns();
        this.slowDownAfter = properties.signInSlowDownAfter();
        this.slowDownCap = properties.signInSlowDownCap();
        this.clock = clock;
        this.fromAddress = Caffeine.newBuilder().expireAfterWrite(properties.signInLockout())
                .maximumSize(100_000).build();
        this.perAccount = Caffeine.newBuilder().expireAfterWrite(properties.signInLockout())
                .maximumSize(100_000).build();
        this.knownAddresses = Caffeine.newBuilder().expireAfterAccess(KNOWN_FOR).maximumSize(10_000).build();
    }

    /** Why an attempt to sign in as {@code username} from {@code address} is refused before its password is read. */
    Optional<SignInRefused> refusal(String username, String address) {
        String name = Account.normalize(username);
        String from = address == null ? NO_ADDRESS : address;
        Integer fromHere = fromAddress.getIfPresent(new FromAddress(name, from));
        if (fromHere != null && fromHere >= maxFailures) {
            return Optional.of(SignInRefused.lockedForAddress());
        }
        AccountFailures failures = perAccount.getIfPresent(name);
        if (failures == null || failures.count() < slowDownAfter || known(name, from)) {
            return Optional.empty();
        }
        Instant waitUntil = failures.last().plus(wait(failures.count() - slowDownAfter));
        return clock.instant().isBefore(waitUntil) ? Optional.of(SignInRefused.slowedDown()) : Optional.empty();
    }

    /** One second after the first wrong password past the threshold, doubling, up to the cap. */
    private Duration wait(int beyondThreshold) {
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(beyondThreshold, 30));
        return wait.compareTo(slowDownCap) > 0 ? slowDownCap : wait;
    }

    private boolean known(String username, String address) {
        Set<String> addresses = knownAddresses.getIfPresent(username);
        return addresses != null && addresses.contains(address);
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = Account.normalize(event.getAuthentication().getName());
        String address = address(event.getAuthentication());
        int count = fromAddress.asMap().merge(new FromAddress(username, address), 1, Integer::sum);
        if (count == maxFailures) {
            log.warn("Sign-in for '{}' from {} locked after {} wrong passwords in a row",
                    SignInAudit.loggable(username), address, count);
        }
        AccountFailures all = perAccount.asMap().merge(username, new AccountFailures(1, clock.instant()),
                (before, now) -> new AccountFailures(before.count() + 1, now.last()));
        if (all.count() == slowDownAfter) {
            log.warn("Sign-in for '{}' slowed down for unknown addresses after {} wrong passwords from all addresses",
                    SignInAudit.loggable(username), all.count());
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String username = Account.normalize(event.getAuthentication().getName());
        String address = address(event.getAuthentication());
        fromAddress.invalidate(new FromAddress(username, address));
        knownAddresses.get(username, name -> ConcurrentHashMap.newKeySet()).add(address);
    }

    /** The client's address as the request gave it (after any forwarded headers the application trusts). */
    static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : NO_ADDRESS;
    }
}
