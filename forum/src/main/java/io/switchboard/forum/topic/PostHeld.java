package io.switchboard.forum.topic;

/**
 * A member's post waits for a moderator's approval before anyone else sees it. Published inside
 * the transaction that stored it.
 */
public record PostHeld(long postId) {
}
