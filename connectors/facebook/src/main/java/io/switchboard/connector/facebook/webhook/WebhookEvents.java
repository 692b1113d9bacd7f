package io.switchboard.connector.facebook.webhook;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.switchboard.connector.facebook.ConditionalOnFacebook;
import io.switchboard.core.inbound.InboundMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns one page webhook delivery into inbound messages, in the order of its entries. Jackson
 * splits the envelope ({@code object}, {@code entry[]}, {@code changes[]}, {@code messaging[]}) so
 * every message keeps the raw JSON of its own item; {@link FeedEvents} and {@link MessengerEvents}
 * read each item. An item that cannot be read is skipped with a warning rather than failing the
 * delivery: answering an error would make Meta redeliver the whole batch and, if it kept failing,
 * disable the subscription.
 */
@Component("facebookWebhookEvents")
@ConditionalOnFacebook
class WebhookEvents {

    private static final Logger log = LoggerFactory.getLogger(WebhookEvents.class);

    /** Feed entries carry seconds, Messenger entries milliseconds; no second count is this large. */
    private static final long FIRST_MILLISECOND_TIMESTAMP = 100_000_000_000L;

    private final ObjectReader reader;
    private final FeedEvents feed;
    private final MessengerEvents messenger;
    private final Clock clock;

    WebhookEvents(ObjectMapper objectMapper, FeedEvents feed, MessengerEvents messenger, Clock clock) {
        this.reader = objectMapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.feed = feed;
        this.messenger = messenger;
        this.clock = clock;
    }

    List<InboundMessage> read(byte[] body) throws MalformedWebhookException {
        JsonNode root;
        try {
            root = reader.readTree(body);
        } catch (IOException e) {
            throw new MalformedWebhookException("the body is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new MalformedWebhookException("the body is not a JSON object");
        }
        String object = root.path("object").asText();
        if (!"page".equals(object)) {
            log.info("Ignoring a Facebook webhook for object '{}': only page webhooks are handled", object);
            return List.of();
        }
        JsonNode entries = root.path("entry");
        if (!entries.isArray()) {
            throw new MalformedWebhookException("the page webhook has no entry array");
        }
        List<InboundMessage> messages = new ArrayList<>();
        for (JsonNode entry : entries) {
            Instant entryTime = entryTime(entry);
            for (JsonNode change : entry.path("changes")) {
                if ("feed".equals(change.path("field").asText())) {
                    readItem("feed change", () -> feed.map(change, entryTime)).ifPresent(messages::add);
                }
            }
            for (JsonNode item : entry.path("messaging")) {
                readItem("messaging item", () -> messenger.map(item, entryTime)).ifPresent(messages::add);
            }
        }
        return messages;
    }

    private static Optional<InboundMessage> readItem(String what, Supplier<Optional<InboundMessage>> mapping) {
        try {
            return mapping.get();
        } catch (RuntimeException unreadable) {
            log.warn("Skipping a Facebook {} that could not be read ({})", what, unreadable.getClass().getSimpleName());
            log.debug("Unreadable Facebook {}", what, unreadable);
            return Optional.empty();
        }
    }

    /** When the entry happened, or now when it does not say; items with a time of their own use that. */
    private Instant entryTime(JsonNode entry) {
        long time = entry.path("time").asLong(0);
        if (time <= 0) {
            return clock.instant();
        }
        return time >= FIRST_MILLISECOND_TIMESTAMP ? Instant.ofEpochMilli(time) : Instant.ofEpochSecond(time);
    }
}
