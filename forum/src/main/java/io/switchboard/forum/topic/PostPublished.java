package io.switchboard.forum.topic;

/**
 * A member's post became visible (written, or approved by a moderator). Published inside the
 * transaction that stored it; listeners that talk to other systems wait for the commit.
 *
 * @param language the language the member was using the forum in, or null
 */
public record PostPublished(long postId, String language) {
}
