package io.switchboard.connector.twitter;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.Attachment;
import io.switchboard.core.inbound.Author;
import io.switchboard.core.inbound.ChatRef;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Maps a v2 mention to an {@link InboundMessage}. The conversation is X's {@code conversation_id}:
 * every tweet of a reply chain carries the id of the chain's first tweet, so a mention that answers
 * our own reply lands in the same support thread as the question before it.
 *
 * <p>The text keeps X's {@code t.co} links as the person saw them; where each leads (the tweet's
 * {@code entities.urls}) goes with it as the message's link targets, for the scam guard.
 *
 * <p>Our own tweets and retweets are never questions: they map to nothing.
 */
final class TweetMapper {

    static final String CHAT_TYPE_CONVERSATION = "conversation";
    static final String CHAT_TYPE_DM = "dm";

    private final String accountId;
    private final Clock clock;

    TweetMapper(String accountId, Clock clock) {
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.clock = clock;
    }

    static String tweetEventId(String tweetId) {
        return "tweet:" + tweetId;
    }

    /** True for tweets that are never taken in: written by the support account, or retweets. */
    private boolean ignored(V2.Tweet tweet) {
        return accountId.equals(tweet.authorId()) || tweet.isRetweet();
    }

    Optional<InboundMessage> map(V2.RawTweet raw, V2.Includes includes) {
        V2.Tweet tweet = raw.tweet();
        if (ignored(tweet) || tweet.id() == null || tweet.authorId() == null) {
            return Optional.empty();
        }
        String conversation = tweet.conversationId() != null ? tweet.conversationId() : tweet.id();
        V2.User user = includes.usersById().get(tweet.authorId());
        Author author = user == null
                ? new Author(tweet.authorId(), null, null, language(tweet.lang()))
                : new Author(user.id(), user.name(), user.username(), language(tweet.lang()));
        return Optional.of(new InboundMessage(
                Channel.TWITTER,
                tweetEventId(tweet.id()),
                tweet.id(),
                conversation,
                new ChatRef(conversation, null, CHAT_TYPE_CONVERSATION),
                author,
                InboundKind.MESSAGE,
                TweetText.fromV2(tweet.fullText()),
                tweet.repliedToId(),
                attachments(tweet, includes.mediaByKey()),
                createdAt(tweet.createdAt()),
                false,
                true,
                raw.json(),
                tweet.linkTargets()));
    }

    /**
     * X's guess of the tweet's language as a BCP 47 tag; its private-use codes ("qme": media only,
     * "qht": hashtags only...), "und" (undetermined), "zxx" and "art" mean no language.
     */
    static String language(String lang) {
        if (lang == null || lang.isBlank() || lang.startsWith("q") || lang.equals("und") || lang.equals("zxx")
                || lang.equals("art")) {
            return null;
        }
        return lang;
    }

    private static List<Attachment> attachments(V2.Tweet tweet, Map<String, V2.Media> media) {
        return tweet.mediaKeys().stream().map(key -> {
            V2.Media item = media.get(key);
            String kind = item == null || item.type() == null ? "media" : item.type();
            String file = item == null || item.url() == null ? key : item.url();
            return new Attachment(kind, file, null);
        }).toList();
    }

    private Instant createdAt(String value) {
        if (value == null) {
            return clock.instant();
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return clock.instant();
        }
    }
}
