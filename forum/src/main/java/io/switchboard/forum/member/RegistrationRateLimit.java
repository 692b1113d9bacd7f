package io.switchboard.forum.member;

import io.switchboard.core.limit.LimitRule;
import io.switchboard.core.limit.RateLimit;
import io.switchboard.core.limit.RateLimits;
import io.switchboard.forum.ConditionalOnForum;
import io.switchboard.forum.ForumProperties;
import io.switchboard.forum.topic.ForumRefusal;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * At most {@code registrationsPerWindow} new accounts from one client address in each
 * {@code registrationWindow}: the per-account posting limit and bans mean little if a script can
 * sign up again at will. Behind a proxy the address is the proxy's unless the application trusts
 * its forwarded headers ({@code server.forward-headers-strategy}).
 */
@Component
@ConditionalOnForum
class RegistrationRateLimit {

    private final RateLimit registrations;

    RegistrationRateLimit(ForumProperties properties, RateLimits limits) {
        this.registrations = limits.limit("forum.registrations",
                LimitRule.perWindow(properties.registrationsPerWindow(), properties.registrationWindow()));
    }

    /** @throws ForumRefusal of kind RATE_LIMITED, saying how many minutes to wait */
    void acquire(String clientAddress) {
        Duration wait = registrations.tryTake(clientAddress == null ? "" : clientAddress);
        if (!wait.isZero()) {
            long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
            LimitRule rule = registrations.rule();
            throw new ForumRefusal(ForumRefusal.Kind.RATE_LIMITED, "error.registrationsRateLimited",
                    rule.permits(), rule.per().toMinutes(), minutes);
        }
    }
}
