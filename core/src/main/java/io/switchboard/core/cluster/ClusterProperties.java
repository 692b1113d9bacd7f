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
 * @param chatSignals {@code memory}: live-chat signals (a new line in a chat, typing, read marks, the waiting
 *     chats changed) go to this process's own connections only (the default, one process); {@code postgres}: through
 *     PostgreSQL's {@code NOTIFY}/{@code LISTEN} to every instance, so that a visitor and an agent connected to
 *     different instances see each other at once, without sticky sessions (the cluster profile; see
 *     {@code core.livechat.PostgresChatSignals}). Each instance keeps one database connection of its own for it.
 * @param knowledgeFeedInterval how often an instance reads the articles and announcements other instances
 *     changed ({@code core.knowledge.KnowledgeChangeFeed}): the most a change takes to reach their answer
 *     engine and help center
 */
@Validated
@ConfigurationProperties("switchboard.cluster")
public record ClusterProperties(
        @NotNull @DefaultValue("single-instance") Pollers pollers,
        @NotNull @DefaultValue("memory") RateLimitStore rateLimits,
        @NotNull @DefaultValue("memory") ChatSignalRoute chatSignals,
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

    /** How live-chat signals reach the connections they concern. */
    public enum ChatSignalRoute {
        MEMORY,
        POSTGRES
    }
}
