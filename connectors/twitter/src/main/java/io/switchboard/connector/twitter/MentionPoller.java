package io.switchboard.connector.twitter;

import io.switchboard.core.gateway.PlatformContact;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundPort;
import io.switchboard.core.inbound.IntakeResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the account's mentions ({@code GET /2/users/:id/mentions}), one cycle per tick of the
 * {@link MentionsRoute}.
 *
 * <p>One cycle asks for everything newer than the persisted cursor ({@code since_id}), following
 * {@code next_token} page by page (X returns newest first), then hands the tweets to the
 * {@link InboundPort} oldest first and moves the cursor past each one only once the port has stored
 * it. So a crash or restart at any point neither misses nor repeats a mention (the port's
 * idempotency absorbs a tweet stored just before a crash).
 *
 * <p>Each request needs the {@link RateWindow}'s leave: our budget per window, X's
 * {@code x-rate-limit-remaining}/{@code x-rate-limit-reset}, and after a 429 nothing until the
 * reset. When the budget runs out in the middle of a long backlog, the pages fetched so far are kept
 * and the next cycle continues with the next token. A 5xx or timeout ends the cycle; the next cycle
 * starts over from the cursor.
 */
final class MentionPoller {

    private static final Logger log = LoggerFactory.getLogger(MentionPoller.class);

    /** A tweet fetched in this run, with the expansions of the page it came on. */
    private record Fetched(V2.RawTweet raw, V2.Includes includes) {
        long id() {
            return Long.parseLong(raw.tweet().id());
        }
    }

    /** Pages fetched for one since_id, waiting until the last page is in. */
    private static final class Backlog {
        private final Long sinceId;
        private final Instant startTime;
        private final List<Fetched> tweets = new ArrayList<>();
        private String nextToken;
        private int pages;

        private Backlog(Long sinceId, Instant startTime) {
            this.sinceId = sinceId;
            this.startTime = startTime;
        }
    }

    private final XApi api;
    private final RateWindow window;
    private final MentionCursorStore cursor;
    private final TweetMapper mapper;
    private final InboundPort inbound;
    private final ConversationIndex conversations;
    private final PlatformContact contact;
    private final String accountId;
    private final Duration initialLookback;
    private final Clock clock;

    private final AtomicReference<Long> lastCursor = new AtomicReference<>();
    private Backlog backlog;
    private Instant firstPollStart;

    MentionPoller(XApi api, RateWindow window, MentionCursorStore cursor, TweetMapper mapper, InboundPort inbound,
            ConversationIndex conversations, PlatformContact contact, TwitterProperties properties, Clock clock) {
        this.api = api;
        this.window = window;
        this.cursor = cursor;
        this.mapper = mapper;
        this.inbound = inbound;
        this.conversations = conversations;
        this.contact = contact;
        this.accountId = properties.accountId();
        this.initialLookback = properties.initialLookback();
        this.clock = clock;
    }

    /** One poll cycle; tests call it directly. */
    synchronized void pollOnce() {
        if (backlog == null) {
            Optional<Long> sinceId = cursor.sinceId();
            sinceId.ifPresent(lastCursor::set);
            backlog = new Backlog(sinceId.orElse(null), sinceId.isPresent() ? null : firstPollStart());
        }
        if (!fetchRemainingPages(backlog)) {
            return;
        }
        Backlog complete = backlog;
        backlog = null;
        handOver(complete);
    }

    /**
     * Until the first mention sets the cursor, every poll looks back to the same instant: the first
     * poll's time minus the initial lookback. (Moving it with each poll would skip mentions written
     * between two empty polls.)
     */
    private Instant firstPollStart() {
        if (firstPollStart == null) {
            firstPollStart = clock.instant().minus(initialLookback);
        }
        return firstPollStart;
    }

    /** @return true when the last page is in; false when the cycle has to stop here */
    private boolean fetchRemainingPages(Backlog pending) {
        do {
            Optional<Instant> blocked = window.blockedUntil();
            if (blocked.isPresent()) {
                log.debug("X mentions: rate budget used up, next request after {}", blocked.get());
                return false;
            }
            window.consume();
            try {
                XApi.Response<V2.Page> response = api.mentions(accountId, pending.sinceId, pending.startTime,
                        pending.nextToken);
                window.observe(response.rateLimit());
                contact.succeeded();
                V2.Page page = response.body();
                page.tweets().forEach(raw -> pending.tweets.add(new Fetched(raw, page.includes())));
                page.includes().tweets().forEach(t -> conversations.remember(t.id(), t.conversationId()));
                pending.nextToken = page.nextToken();
                pending.pages++;
            } catch (XApiException e) {
                failed(e);
                return false;
            }
        } while (pending.nextToken != null);
        return true;
    }

    private void failed(XApiException e) {
        if (e.kind() == XApiException.Kind.RATE_LIMITED) {
            contact.rateLimited();
            Instant until = window.limited(e.rateLimit());
            log.warn("X mentions: rate limited (429), no request before {}; fetched pages are kept", until);
            return;
        }
        backlog = null;
        contact.failed(e.getMessage());
        log.warn("X mentions: poll failed, retrying next cycle from the cursor: {}", e.getMessage());
    }

    private void handOver(Backlog complete) {
        List<Fetched> oldestFirst = complete.tweets.stream().sorted(Comparator.comparingLong(Fetched::id)).toList();
        int stored = 0;
        int duplicates = 0;
        int skipped = 0;
        for (Fetched fetched : oldestFirst) {
            V2.Tweet tweet = fetched.raw().tweet();
            conversations.remember(tweet.id(), tweet.conversationId());
            Optional<InboundMessage> message = mapper.map(fetched.raw(), fetched.includes());
            if (message.isEmpty()) {
                skipped++;
            } else {
                try {
                    if (inbound.accept(message.get()) == IntakeResult.STORED) {
                        stored++;
                    } else {
                        duplicates++;
                    }
                } catch (RuntimeException e) {
                    contact.failed("inbound port refused mention " + tweet.id() + ": " + e.getClass().getSimpleName());
                    log.error("X mentions: could not store mention {}, cursor stays at {}", tweet.id(),
                            lastCursor.get(), e);
                    return;
                }
            }
            cursor.advanceTo(fetched.id());
            lastCursor.set(fetched.id());
        }
        if (!oldestFirst.isEmpty()) {
            log.info("X mentions: {} new in {} page(s): {} stored, {} duplicate, {} skipped (own tweets, retweets);"
                    + " cursor {}", oldestFirst.size(), complete.pages, stored, duplicates, skipped, lastCursor.get());
        } else {
            log.debug("X mentions: nothing new since {}", complete.sinceId);
        }
    }

    /** The cursor as of the last poll, or null before the first mention. */
    Long cursor() {
        return lastCursor.get();
    }

    RateWindow window() {
        return window;
    }

    /** One poll cycle, as the route runs it: a failure is the health entry's last error, not the route's. */
    void pollReportingFailures() {
        try {
            pollOnce();
        } catch (RuntimeException e) {
            contact.failed("mentions poll failed: " + e.getClass().getSimpleName());
            log.error("X mentions: poll cycle failed, polling continues", e);
        }
    }
}
