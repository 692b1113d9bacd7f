package io.switchboard.helpcenter.article.vote;

import io.switchboard.core.limit.LimitRule;
import io.switchboard.core.limit.RateLimit;
import io.switchboard.core.limit.RateLimits;
import io.switchboard.helpcenter.article.BrowseProperties;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * How many votes one network address may send ({@code switchboard.helpcenter.votes-per-hour}): the address
 * only counts, it is never stored with a vote. In the cluster profile the count is the cluster's.
 */
@Component
class VoteRateLimit {

    private final RateLimit votes;

    VoteRateLimit(BrowseProperties properties, RateLimits limits) {
        this.votes = limits.limit("help.votes", LimitRule.perWindow(properties.votesPerHour(), Duration.ofHours(1)));
    }

    /** @throws ResponseStatusException 429, saying how many minutes to wait */
    void acquire(String address) {
        Duration wait = votes.tryTake(address == null ? "" : address);
        if (!wait.isZero()) {
            long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS,
                    "too many votes from this address: try again in " + minutes + " minute(s)");
        }
    }
}
