package io.switchboard.helpcenter.request;

import io.switchboard.core.limit.LimitRule;
import io.switchboard.core.limit.RateLimit;
import io.switchboard.core.limit.RateLimits;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * How many requests visitors without an account may file: so many per client address and so many per
 * e-mail address in each window ({@code switchboard.helpcenter.requests.anonymous-*}), so that nobody fills
 * the queue, or somebody's mailbox, by script. Members are limited by their account's standing instead.
 * Behind a proxy the address is the proxy's unless the application trusts its forwarded headers.
 */
@Component
class VisitorLimits {

    /** The refusal's message key, which pages answer with 429. */
    static final String RATE_LIMITED = "help.request.error.rateLimited";

    private final RateLimit perAddress;
    private final RateLimit perEmail;

    VisitorLimits(RequestProperties properties, RateLimits limits) {
        RequestProperties.Requests requests = properties.requests();
        this.perAddress = limits.limit("help.requests.address",
                LimitRule.perWindow(requests.anonymousPerAddress(), requests.anonymousWindow()));
        this.perEmail = limits.limit("help.requests.email",
                LimitRule.perWindow(requests.anonymousPerEmail(), requests.anonymousWindow()));
    }

    /**
     * Takes a permit from both limits, or from neither.
     *
     * @throws RequestRefused saying how many minutes to wait
     */
    void acquire(String clientAddress, String email) {
        String address = clientAddress == null ? "" : clientAddress;
        String mailbox = email.toLowerCase(Locale.ROOT);
        Duration wait = perAddress.tryTake(address);
        if (wait.isZero()) {
            wait = perEmail.tryTake(mailbox);
            if (wait.isZero()) {
                return;
            }
            perAddress.giveBack(address);
        }
        throw new RequestRefused(new RequestRefused.Problem(null, RATE_LIMITED,
                Math.max(1, (wait.toSeconds() + 59) / 60)));
    }

    /** Returns both permits of a request that was refused after all (a bad attachment). */
    void giveBack(String clientAddress, String email) {
        perAddress.giveBack(clientAddress == null ? "" : clientAddress);
        perEmail.giveBack(email.toLowerCase(Locale.ROOT));
    }
}
