package io.switchboard.core.cluster;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How instances share work ({@code switchboard.cluster.*}).
 *
 * @param pollers {@code single-instance}: this process runs every poller (the default, one
 *     process); {@code postgres-lock}: an instance runs a poller only while it holds that poller's
 *     PostgreSQL advisory lock (the cluster profile)
 * @param rateLimits {@code memory}: rate-limit buckets live in this process (the default, one
 *     process); {@code postgres}: in the database's {@code rate_limit_bucket} table, so that every
 *     instance draws on the same limits (the cluster profile; see {@code core.limit.RateLimits})
 * @param knowledgeFeedInterval how often an instance reads the articles and announcements other instances
 *     changed ({@code core.knowledge.KnowledgeChangeFeed}): the most a change takes to reach their answer
 *     engine and help center
 */
@Validated
@ConfigurationProperties("switchboard.cluster")
public record ClusterProperties(
        @NotNull @DefaultValue("single-instance") Pollers pollers,
        @NotNull @DefaultValue("memory") RateLimitStore rateLimits,
        @NotNull @DefaultValue("500ms") Duration knowledgeFeedInterval) {

    /** Who runs the pollers. */
    public enum Pollers {
        SINGLE_INSTANCE,
        POSTGRES_LOCK
    }

    /** Where rate-limit buckets are kept. */
    public enum RateLimitStore {
        MEMORY,
        POSTGRES
    }
}
