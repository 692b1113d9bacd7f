package io.switchboard.connector.twitter;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.PlatformContact;
import io.switchboard.core.inbound.Attachment;
import io.switchboard.core.inbound.Author;
import io.switchboard.core.inbound.ChatRef;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import twitter4j.TwitterException;
import twitter4j.TwitterObjectFactory;
import twitter4j.v1.DirectMessage;
import twitter4j.v1.MediaEntity;
import twitter4j.v1.Status;
import twitter4j.v1.URLEntity;
import twitter4j.v1.User;

/**
 * Reads an Account Activity delivery into inbound messages: {@code tweet_create_events} become
 * mentions exactly like the poller's (same event id {@code tweet:<id>}, same conversation), so a
 * tweet that arrives both ways is stored once; {@code direct_message_events} become private
 * messages. Other event kinds (likes, follows, typing...) are not questions and are ignored.
 *
 * <p>The events are v1.1 objects; Twitter4J's model reads them (extended tweets, retweets,
 * entities). v1.1 tweets carry no {@code conversation_id}: a tweet that replies to nothing starts its
 * own conversation, a reply takes its parent's from the {@link ConversationIndex}, and otherwise
 * one {@code GET /2/tweets/:id} asks X. When that lookup is not possible right now (rate limit,
 * outage) the tweet is left to the poller, which gets the conversation from X directly.
 */
final class AccountActivityEvents {

    private static final Logger log = LoggerFactory.getLogger(AccountActivityEvents.class);

    /** The delivery is not the JSON X sends. */
    static final class MalformedDelivery extends RuntimeException {
        MalformedDelivery(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @param messages what to hand to the InboundPort
     * @param ignored events that are not questions (our own, retweets, other event kinds)
     * @param deferred mentions whose conversation could not be resolved now; the poller takes them
     */
    record Delivery(List<InboundMessage> messages, int ignored, int deferred) {
    }

    private final String accountId;
    private final ConversationIndex conversations;
    private final XApi api;
    private final RateWindow lookupWindow;
    private final PlatformContact contact;
    private final Clock clock;

    AccountActivityEvents(String accountId, ConversationIndex conversations, XApi api, RateWindow lookupWindow,
            PlatformContact contact, Clock clock) {
        this.accountId = accountId;
        this.conversations = conversations;
        this.api = api;
        this.lookupWindow = lookupWindow;
        this.contact = contact;
        this.clock = clock;
    }

    Delivery read(JsonNode payload) {
        if (!payload.isObject()) {
            throw new MalformedDelivery("the delivery is not a JSON object", null);
        }
        String forUser = payload.path("for_user_id").asText(accountId);
        if (!accountId.equals(forUser)) {
            return new Delivery(List.of(), 1, 0);
        }
        List<InboundMessage> messages = new ArrayList<>();
        int ignored = 0;
        int deferred = 0;
        for (JsonNode event : events(payload, "tweet_create_events")) {
            Status status = parse(event, "tweet_create_events", TwitterObjectFactory::createStatus);
            if (status.getUser() == null) {
                throw new MalformedDelivery("a tweet_create_event has no user", null);
            }
            if (isOurs(status.getUser()) || status.isRetweet()) {
                ignored++;
                continue;
            }
            Optional<InboundMessage> message = tweet(status, event);
            if (message.isPresent()) {
                messages.add(message.get());
            } else {
                deferred++;
            }
        }
        for (JsonNode event : events(payload, "direct_message_events")) {
            if (!"message_create".equals(event.path("type").asText())) {
                ignored++;
                continue;
            }
            DirectMessage dm = parse(event, "direct_message_events", TwitterObjectFactory::createDirectMessage);
            if (accountId.equals(Long.toString(dm.getSenderId()))) {
                ignored++;
                continue;
            }
            messages.add(directMessage(dm, event, payload.path("users")));
        }
        return new Delivery(messages, ignored, deferred);
    }

    private Optional<InboundMessage> tweet(Status status, JsonNode event) {
        String id = Long.toString(status.getId());
        String parentId = status.getInReplyToStatusId() > 0 ? Long.toString(status.getInReplyToStatusId()) : null;
        Optional<String> conversation = parentId == null ? Optional.of(id) : conversationOfReply(id, parentId);
        if (conversation.isEmpty()) {
            log.info("X webhook: conversation of tweet {} unknown for now, leaving it to the mentions poller", id);
            return Optional.empty();
        }
        conversations.remember(id, conversation.get());
        User user = status.getUser();
        boolean addressesUs = Long.toString(status.getInReplyToUserId()).equals(accountId)
                || Arrays.stream(status.getUserMentionEntities()).anyMatch(m -> Long.toString(m.getId()).equals(accountId));
        return Optional.of(new InboundMessage(
                Channel.TWITTER,
                TweetMapper.tweetEventId(id),
                id,
                conversation.get(),
                new ChatRef(conversation.get(), null, TweetMapper.CHAT_TYPE_CONVERSATION),
                new Author(Long.toString(user.getId()), user.getName(), user.getScreenName(),
                        TweetMapper.language(status.getLang())),
                InboundKind.MESSAGE,
                TweetText.fromV1(status.getText()),
                parentId,
                attachments(status.getMediaEntities()),
                epochMillis(event, "timestamp_ms"),
                false,
                addressesUs,
                event.toString(),
                linkTargets(status.getURLEntities())));
    }

    /** Where the tweet's {@code t.co} links lead, as its v1.1 entities say (expanded, not unwound). */
    private static Map<String, String> linkTargets(URLEntity[] urls) {
        return Arrays.stream(urls).filter(url -> url.getURL() != null && url.getExpandedURL() != null)
                .collect(Collectors.toMap(URLEntity::getURL, URLEntity::getExpandedURL, (a, b) -> a));
    }

    private InboundMessage directMessage(DirectMessage dm, JsonNode event, JsonNode users) {
        String sender = Long.toString(dm.getSenderId());
        JsonNode user = users.path(sender);
        String chat = "dm:" + sender;
        return new InboundMessage(
                Channel.TWITTER,
                "dm:" + dm.getId(),
                Long.toString(dm.getId()),
                chat,
                new ChatRef(chat, null, TweetMapper.CHAT_TYPE_DM),
                new Author(sender, user.path("name").textValue(), user.path("screen_name").textValue(), null),
                InboundKind.MESSAGE,
                dm.getText(),
                null,
                attachments(dm.getMediaEntities()),
                epochMillis(event, "created_timestamp"),
                true,
                true,
                event.toString());
    }

    private Optional<String> conversationOfReply(String tweetId, String parentId) {
        Optional<String> known = conversations.conversationOf(parentId);
        if (known.isPresent() || lookupWindow.blockedUntil().isPresent()) {
            return known;
        }
        lookupWindow.consume();
        try {
            XApi.Response<Optional<String>> response = api.conversationIdOf(tweetId);
            lookupWindow.observe(response.rateLimit());
            contact.succeeded();
            return response.body();
        } catch (XApiException e) {
            if (e.kind() == XApiException.Kind.RATE_LIMITED) {
                contact.rateLimited();
                lookupWindow.limited(e.rateLimit());
            } else {
                contact.failed(e.getMessage());
            }
            log.warn("X webhook: conversation lookup failed: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private boolean isOurs(User user) {
        return accountId.equals(Long.toString(user.getId()));
    }

    private static List<Attachment> attachments(MediaEntity[] media) {
        return Arrays.stream(media).map(m -> new Attachment(m.getType() == null ? "media" : m.getType(),
                m.getMediaURLHttps() != null ? m.getMediaURLHttps() : Long.toString(m.getId()), null)).toList();
    }

    private Instant epochMillis(JsonNode event, String field) {
        JsonNode value = event.path(field);
        if (value.canConvertToLong() || (value.isTextual() && value.asText().matches("\\d{1,19}"))) {
            return Instant.ofEpochMilli(value.asLong());
        }
        return clock.instant();
    }

    private static Iterable<JsonNode> events(JsonNode payload, String field) {
        JsonNode events = payload.path(field);
        if (events.isMissingNode() || events.isNull()) {
            return List.of();
        }
        if (!events.isArray()) {
            throw new MalformedDelivery(field + " is not an array", null);
        }
        return events;
    }

    @FunctionalInterface
    private interface V1Parser<T> {
        T parse(String json) throws TwitterException;
    }

    private static <T> T parse(JsonNode event, String field, V1Parser<T> parser) {
        if (!event.isObject()) {
            throw new MalformedDelivery(field + " holds something that is not an event object", null);
        }
        try {
            return parser.parse(event.toString());
        } catch (TwitterException | RuntimeException e) {
            throw new MalformedDelivery(field + " holds an event X would not send: " + e.getClass().getSimpleName(), e);
        }
    }
}
