package io.switchboard.helpcenter.verify;

import io.switchboard.core.limit.LimitRule;
import io.switchboard.core.limit.RateLimit;
import io.switchboard.core.limit.RateLimits;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * How many checks and reports one client address may make ({@link VerifyLimitsProperties}), the page and the API
 * counting together so that neither is a way around the other. Behind a proxy the address is the proxy's unless
 * the application trusts its forwarded headers.
 */
@Component
class VerifyLimits {

    private final RateLimit checks;
    private final RateLimit reports;

    VerifyLimits(VerifyLimitsProperties properties, RateLimits limits) {
        this.checks = limits.limit("help.verify.checks",
                LimitRule.perWindow(properties.checksPerAddress(), properties.checksWindow()));
        this.reports = limits.limit("help.verify.reports",
                LimitRule.perWindow(properties.reportsPerAddress(), properties.reportsWindow()));
    }

    /** @throws VerifyRateLimited saying how long to wait */
    void acquireCheck(String clientAddress) {
        acquire(checks, clientAddress);
    }

    /** @throws VerifyRateLimited saying how long to wait */
    void acquireReport(String clientAddress) {
        acquire(reports, clientAddress);
    }

    private static void acquire(RateLimit limit, String clientAddress) {
        Duration wait = limit.tryTake(clientAddress == null ? "" : clientAddress);
        if (!wait.isZero()) {
            throw new VerifyRateLimited(wait);
        }
    }
}
