package io.switchboard.web.signin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.switchboard.core.account.Account;
import io.switchboard.core.limit.Hold;
import io.switchboard.core.limit.LimitRule;
import io.switchboard.core.limit.RateLimit;
import io.switchboard.core.limit.RateLimits;
import java.time.Clock;
import java.time.Duration;
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
 *       {@code max-failed-sign-ins} of them within {@code sign-in-lockout} of the first, that address
 *       may not sign in to that account until {@code sign-in-lockout} after its last wrong password; a
 *       right password clears the count; the owner, from their own address, is not concerned;</li>
 *   <li>wrong passwords are also counted per account from every address together: after
 *       {@code sign-in-slow-down-after} of them within {@code sign-in-lockout}, guessing spread over
 *       many addresses is slowed down: an attempt from an address the account has not signed in from
 *       must wait a second after the last wrong password, twice as long after each further one, up to
 *       {@code sign-in-slow-down-cap}. Addresses the account signed in from (in this instance's
 *       memory) are not slowed down.</li>
 * </ul>
 * A refused attempt is refused before its password is checked, which also keeps a flood of guesses
 * from costing a bcrypt hash each, and is not itself counted. The address is the client's as the
 * application sees it: behind a proxy, set {@code server.forward-headers-strategy} so that it is the
 * client's and not the proxy's. The counts and the waits are {@link RateLimits}, so in the cluster
 * profile they hold for every instance together: guesses spread over instances count as one.
 */
@Component
class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);
    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    /** How long an address the account signed in from stays known without another sign-in. */
    private static final Duration KNOWN_FOR = Duration.ofDays(30);
    private static final String NO_ADDRESS = "(no address)";

    private final Duration lockout;
    private final Duration slowDownCap;
    private final Clock clock;
    /** Wrong passwords per account and address; keyed by {@link #fromAddress}. */
    private final RateLimit failuresFromAddress;
    private final Hold lockedFromAddress;
    /** Wrong passwords per account from every address; keyed by the account's name. */
    private final RateLimit failuresForAccount;
    private final Hold slowedDown;
    private final Cache<String, Set<String>> knownAddresses;

    SignInAttempts(SignInProperties properties, RateLimits limits, Clock clock) {
        this.lockout = properties.signInLockout();
        this.slowDownCap = properties.signInSlowDownCap();
        this.clock = clock;
        this.failuresFromAddress = limits.limit("sign-in.address",
                LimitRule.perWindow(properties.maxFailedSignIns(), lockout));
        this.lockedFromAddress = limits.hold("sign-in.address");
        this.failuresForAccount = limits.limit("sign-in.account",
                LimitRule.perWindow(properties.signInSlowDownAfter(), lockout));
        this.slowedDown = limits.hold("sign-in.account");
        this.knownAddresses = Caffeine.newBuilder().expireAfterAccess(KNOWN_FOR).maximumSize(10_000).build();
    }

    /** Why an attempt to sign in as {@code username} from {@code address} is refused before its password is read. */
    Optional<SignInRefused> refusal(String username, String address) {
        String name = Account.normalize(username);
        String from = address == null ? NO_ADDRESS : address;
        if (held(lockedFromAddress, fromAddress(name, from))) {
            return Optional.of(SignInRefused.lockedForAddress());
        }
        if (!known(name, from) && held(slowedDown, name)) {
            return Optional.of(SignInRefused.slowedDown());
        }
        return Optional.empty();
    }

    /** One second after the first wrong password past the threshold, doubling, up to the cap. */
    private Duration slowDown(long beyondThreshold) {
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(beyondThreshold, 30));
        return wait.compareTo(slowDownCap) > 0 ? slowDownCap : wait;
    }

    private static boolean held(Hold hold, String key) {
        return !hold.remaining(key).isZero();
    }

    private boolean known(String username, String address) {
        Set<String> addresses = knownAddresses.getIfPresent(username);
        return addresses != null && addresses.contains(address);
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = Account.normalize(event.getAuthentication().getName());
        String address = address(event.getAuthentication());
        String pair = fromAddress(username, address);
        failuresFromAddress.take(pair);
        if (failuresFromAddress.available(pair) <= 0) {
            if (!held(lockedFromAddress, pair)) {
                log.warn("Sign-in for '{}' from {} locked after {} wrong passwords",
                        SignInAudit.loggable(username), address, failuresFromAddress.rule().permits());
            }
            lockedFromAddress.holdUntil(pair, clock.instant().plus(lockout));
        }
        failuresForAccount.take(username);
        long beyondThreshold = -failuresForAccount.available(username);
        if (beyondThreshold >= 0) {
            if (beyondThreshold == 0) {
                log.warn("Sign-in for '{}' slowed down for unknown addresses after {} wrong passwords from all addresses",
                        SignInAudit.loggable(username), failuresForAccount.rule().permits());
            }
            slowedDown.holdUntil(username, clock.instant().plus(slowDown(beyondThreshold)));
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String username = Account.normalize(event.getAuthentication().getName());
        String address = address(event.getAuthentication());
        failuresFromAddress.reset(fromAddress(username, address));
        knownAddresses.get(username, name -> ConcurrentHashMap.newKeySet()).add(address);
    }

    private static String fromAddress(String username, String address) {
        return username + "|" + address;
    }

    /** The client's address as the request gave it (after any forwarded headers the application trusts). */
    static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : NO_ADDRESS;
    }
}
