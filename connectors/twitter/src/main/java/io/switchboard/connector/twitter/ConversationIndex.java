package io.switchboard.connector.twitter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;

/**
 * Which conversation recent tweets belong to: the ones polled, the ones the webhook delivered and
 * the replies we posted. Account Activity delivers v1.1 tweets, which have no
 * {@code conversation_id}; a reply shares its parent's conversation, so a reply to a tweet listed
 * here joins the right thread without a lookup call (which the Basic tier limits tightly).
 */
final class ConversationIndex {

    private final Cache<String, String> conversationByTweet;

    ConversationIndex(long maximumSize, Duration retention) {
        this.conversationByTweet = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(retention).build();
    }

    void remember(String tweetId, String conversationId) {
        if (tweetId != null && conversationId != null) {
            conversationByTweet.put(tweetId, conversationId);
        }
    }

    Optional<String> conversationOf(String tweetId) {
        return tweetId == null ? Optional.empty() : Optional.ofNullable(conversationByTweet.getIfPresent(tweetId));
    }
}
