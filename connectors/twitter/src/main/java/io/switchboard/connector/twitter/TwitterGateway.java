package io.switchboard.connector.twitter;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.Broadcast;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.DeliveryLookup;
import io.switchboard.core.gateway.DeliveryReceipt;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.gateway.ModerationRequest;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.PlatformContact;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers replies on X. A conversation reply becomes a public tweet ({@code POST /2/tweets} with
 * {@code reply.in_reply_to_tweet_id}: the answered mention, or the conversation's first tweet when
 * the message answers none in particular), guarded against personal data and fitted to 280; a reply to
 * a {@code dm:<user id>} chat becomes a direct message
 * ({@code POST /2/dm_conversations/with/:participant_id/messages}). Text is sent as plain text,
 * whatever {@code TextFormat} says: X renders no markup.
 *
 * <p>Staff can hide replies in conversations the account started, and show them again.
 *
 * <p>Announcements are tweets of the account's own: the first language's title and body,
 * shortened to fit with the link to the full text. X cannot edit a tweet through the API, so an
 * edited announcement keeps its first text on X; a retraction deletes the tweet
 * ({@code DELETE /2/tweets/:id}).
 *
 * <p>A reply whose send was interrupted is looked for among the account's own tweets
 * ({@code GET /2/users/:id/tweets} since the interrupted call): a tweet replying to the same tweet
 * with the same text is the reply X took. Direct messages are not looked up (cannot tell).
 *
 * <p>Failures map onto the outbox's retry rules: 429 is {@code RATE_LIMITED} until X's reset (and
 * nothing is sent before it), 5xx and timeouts are {@code TRANSIENT}, other 4xx {@code PERMANENT}.
 */
final class TwitterGateway implements ChannelGateway {

    private static final Logger log = LoggerFactory.getLogger(TwitterGateway.class);
    private static final String DM_PREFIX = "dm:";
    /** X's clock and ours may differ, and {@code start_time} is in whole seconds: look this much earlier. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(1);
    /** 100 tweets each: an account posting more than this since one interrupted call is not looked through. */
    private static final int MAX_LOOKUP_PAGES = 10;
    private static final Set<ModerationAction> REPLY_ACTIONS = EnumSet.of(ModerationAction.HIDE, ModerationAction.UNHIDE);

    private final XApi api;
    private final RateWindow tweetWindow;
    private final RateWindow directMessageWindow;
    private final RateWindow hideWindow;
    private final RateWindow timelineWindow;
    private final TweetFitter fitter;
    private final PublicReplyGuard guard;
    private final String privateChannelPointer;
    private final ConversationIndex conversations;
    private final PlatformContact contact;
    private final Clock clock;
    private final String accountId;

    TwitterGateway(XApi api, TweetFitter fitter, PublicReplyGuard guard, String privateChannelPointer,
            ConversationIndex conversations, PlatformContact contact, Clock clock, String accountId) {
        this.accountId = accountId;
        this.api = api;
        this.tweetWindow = RateWindow.followingServer(clock);
        this.directMessageWindow = RateWindow.followingServer(clock);
        this.hideWindow = RateWindow.followingServer(clock);
        this.timelineWindow = RateWindow.followingServer(clock);
        this.fitter = fitter;
        this.guard = guard;
        this.privateChannelPointer = privateChannelPointer;
        this.conversations = conversations;
        this.contact = contact;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.TWITTER;
    }

    @Override
    public DeliveryReceipt send(OutboundMessage message) {
        if (message.chatId().startsWith(DM_PREFIX)) {
            String participant = numericId(message.chatId().substring(DM_PREFIX.length()), "DM chat id");
            String text = fitter.fitDirectMessage(message.text());
            return new DeliveryReceipt(call(directMessageWindow, XApi.SEND_DM,
                    () -> api.directMessage(participant, text)));
        }
        String inReplyTo = inReplyTo(message);
        String text = tweetText(message, inReplyTo);
        String tweetId = call(tweetWindow, XApi.CREATE_TWEET, () -> api.reply(text, inReplyTo));
        conversations.remember(tweetId, message.conversationKey());
        return new DeliveryReceipt(tweetId);
    }

    /** Our tweet replying to the same tweet with the text {@link #send} would post, since {@code since}. */
    @Override
    public DeliveryLookup findDelivered(OutboundMessage message, Instant since) {
        if (message.chatId().startsWith(DM_PREFIX)) {
            return DeliveryLookup.CANNOT_TELL;
        }
        String inReplyTo = inReplyTo(message);
        String text = tweetText(message, inReplyTo);
        DeliveryLookup lookup = findOwnTweet(since, tweet -> inReplyTo.equals(tweet.repliedToId())
                && TweetText.isPostedText(tweet.fullText(), text), "reply to " + inReplyTo);
        if (lookup.verdict() == DeliveryLookup.Verdict.DELIVERED) {
            conversations.remember(lookup.receipt().messageId(), message.conversationKey());
        }
        return lookup;
    }

    /** Looks for the announcement among the account's own tweets (not replies) with the text publish posts. */
    @Override
    public DeliveryLookup findPublished(String target, Broadcast broadcast, Instant since) {
        String text = announcementText(broadcast);
        return findOwnTweet(since, tweet -> tweet.repliedToId() == null && TweetText.isPostedText(tweet.fullText(), text),
                "announcement");
    }

    /** The first of the account's tweets since {@code since} (less the clock slack) that {@code ours} accepts. */
    private DeliveryLookup findOwnTweet(Instant since, Predicate<V2.Tweet> ours, String what) {
        Instant from = since.minus(CLOCK_SLACK);
        String page = null;
        for (int pages = 0; pages < MAX_LOOKUP_PAGES; pages++) {
            String token = page;
            V2.Page tweets = call(timelineWindow, XApi.USER_TWEETS, () -> api.accountTweets(accountId, from, token));
            Optional<String> found = tweets.tweets().stream().map(V2.RawTweet::tweet).filter(ours)
                    .map(V2.Tweet::id).findFirst();
            if (found.isPresent()) {
                return DeliveryLookup.delivered(new DeliveryReceipt(found.get()));
            }
            page = tweets.nextToken();
            if (page == null) {
                return DeliveryLookup.NOT_DELIVERED;
            }
        }
        log.warn("X {}: the account posted over {} tweets since {}; not looked through further", what,
                MAX_LOOKUP_PAGES * 100, from);
        return DeliveryLookup.CANNOT_TELL;
    }

    /** The answered mention, or the conversation's first tweet when the message answers none in particular. */
    private static String inReplyTo(OutboundMessage message) {
        return numericId(message.replyToMessageId() != null ? message.replyToMessageId() : message.chatId(),
                "tweet id to reply to");
    }

    private String tweetText(OutboundMessage message, String inReplyTo) {
        return fitter.fitTweet(publicText(message.text(), inReplyTo));
    }

    /** The support account: announcements are its own tweets. */
    @Override
    public List<String> broadcastTargets() {
        return List.of(accountId);
    }

    @Override
    public DeliveryReceipt publish(String target, Broadcast broadcast) {
        String fitted = announcementText(broadcast);
        return new DeliveryReceipt(call(tweetWindow, XApi.CREATE_TWEET, () -> api.tweet(fitted)));
    }

    /** The tweet an announcement becomes: its first language's title and body, and the link, fitted to X. */
    private String announcementText(Broadcast broadcast) {
        return fitter.fitTweet(broadcast.first().title() + "\n\n" + broadcast.first().body()
                + (broadcast.link() == null ? "" : " " + broadcast.link()));
    }

    @Override
    public void retract(String target, String messageId) {
        String tweetId = numericId(messageId, "tweet id to delete");
        if (!call(tweetWindow, XApi.DELETE_TWEET, () -> api.deleteTweet(tweetId))) {
            throw DeliveryException.permanent(XApi.DELETE_TWEET + ": X did not confirm the deletion", null);
        }
    }

    private String publicText(String answer, String inReplyTo) {
        Optional<PublicReplyGuard.Finding> finding = guard.personalData(answer);
        if (finding.isEmpty()) {
            return answer;
        }
        log.info("X reply to {}: answer looks like it holds personal data ({}); posting the private-channel"
                + " pointer instead", inReplyTo, finding.get());
        return privateChannelPointer;
    }

    /** Replies in a public conversation; X has no moderation of direct messages. */
    @Override
    public Set<ModerationAction> moderationActions(String conversationKey) {
        return conversationKey.startsWith(DM_PREFIX) ? Set.of() : REPLY_ACTIONS;
    }

    /**
     * {@code PUT /2/tweets/:id/hidden}. X allows it only for replies in a conversation the account
     * started (replies to its own tweets); elsewhere it answers 403, a permanent failure, and staff
     * mark the item handled instead.
     */
    @Override
    public void moderate(ModerationRequest request) {
        if (!moderationActions(request.conversationKey()).contains(request.action())) {
            throw DeliveryException.permanent("X offers no " + request.action().key() + " for "
                    + request.conversationKey(), null);
        }
        String tweetId = numericId(request.messageId(), "tweet id to hide");
        if (tweetId.equals(request.conversationKey())) {
            throw DeliveryException.permanent("X hides replies only, and tweet " + tweetId
                    + " starts its conversation", null);
        }
        boolean hide = request.action() == ModerationAction.HIDE;
        boolean hidden;
        try {
            hidden = call(hideWindow, XApi.HIDE_REPLY, () -> api.hideReply(tweetId, hide));
        } catch (DeliveryException e) {
            if (e.kind() == DeliveryException.Kind.PERMANENT) {
                // X answered: refusing one reply (not in our conversation) is no outage of the connector
                contact.succeeded();
            }
            throw e;
        }
        if (hidden != hide) {
            throw DeliveryException.permanent("X left reply " + tweetId + (hidden ? " hidden" : " shown"), null);
        }
    }

    private <T> T call(RateWindow window, String endpoint, Supplier<XApi.Response<T>> request) {
        Optional<Instant> blocked = window.blockedUntil();
        if (blocked.isPresent()) {
            throw DeliveryException.rateLimited(untilNow(blocked.get()),
                    endpoint + ": rate limit used up until " + blocked.get());
        }
        try {
            XApi.Response<T> response = request.get();
            window.observe(response.rateLimit());
            contact.succeeded();
            return response.body();
        } catch (XApiException e) {
            switch (e.kind()) {
                case RATE_LIMITED -> {
                    contact.rateLimited();
                    Instant until = window.limited(e.rateLimit());
                    throw DeliveryException.rateLimited(untilNow(until), e.getMessage() + ", reset at " + until);
                }
                case TRANSIENT -> {
                    contact.failed(e.getMessage());
                    throw e.answered() ? DeliveryException.transientFailure(e.getMessage(), e)
                            : DeliveryException.noAnswer(e.getMessage(), e);
                }
                default -> {
                    contact.failed(e.getMessage());
                    throw DeliveryException.permanent(e.getMessage(), e);
                }
            }
        }
    }

    private Duration untilNow(Instant until) {
        Duration wait = Duration.between(clock.instant(), until);
        return wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
    }

    private static String numericId(String id, String what) {
        if (id == null || !id.matches("\\d{1,20}")) {
            throw DeliveryException.permanent(what + " must be a numeric X id, was '" + id + "'", null);
        }
        return id;
    }
}
