package io.switchboard.forum.member;

import io.switchboard.forum.ConditionalOnForum;
import io.switchboard.forum.ForumProperties;
import io.switchboard.forum.limit.SlidingWindowLimit;
import io.switchboard.forum.topic.ForumRefusal;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * At most {@code registrationsPerWindow} new accounts from one client address in any
 * {@code registrationWindow}: the per-account posting limit and bans mean little if a script can
 * sign up again at will. Behind a proxy the address is the proxy's unless the application trusts
 * its forwarded headers ({@code server.forward-headers-strategy}).
 */
@Component
@ConditionalOnForum
class RegistrationRateLimit {

    private final SlidingWindowLimit<String> registrations;

    RegistrationRateLimit(ForumProperties properties, Clock clock) {
        this.registrations = new SlidingWindowLimit<>(properties.registrationsPerWindow(),
                properties.registrationWindow(), clock);
    }

    /** @throws ForumRefusal of kind RATE_LIMITED, saying how many minutes to wait */
    void acquire(String clientAddress) {
        registrations.tryAcquire(clientAddress == null ? "" : clientAddress).ifPresent(wait -> {
            long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
            throw new ForumRefusal(ForumRefusal.Kind.RATE_LIMITED, "error.registrationsRateLimited",
                    registrations.limit(), registrations.window().toMinutes(), minutes);
        });
    }
}
