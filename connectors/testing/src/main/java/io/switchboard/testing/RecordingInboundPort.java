package io.switchboard.testing;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundPort;
import io.switchboard.core.inbound.IntakeResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stands in for the router's {@link InboundPort} in connector and forum tests. Like the real port
 * it stores an event once, keyed on (channel, event id), and answers DUPLICATE when it comes again;
 * it keeps every hand-in, and can be told to fail one, as a database outage or a crash would,
 * before anything is stored.
 */
public final class RecordingInboundPort implements InboundPort {

    /** A chat the connector reported the bot was removed from or added back to. */
    public record ReachabilityChange(Channel channel, String chatId, boolean reachable) {
    }

    private final List<InboundMessage> handedIn = new ArrayList<>();
    private final List<IntakeResult> results = new ArrayList<>();
    private final Set<String> storedKeys = new HashSet<>();
    private final Set<String> failOnceOn = new HashSet<>();
    private final List<ReachabilityChange> reachability = new ArrayList<>();
    private boolean failNext;

    @Override
    public synchronized IntakeResult accept(InboundMessage message) {
        if (failNext || failOnceOn.remove(message.eventId())) {
            failNext = false;
            throw new IllegalStateException("database unavailable (test)");
        }
        IntakeResult result = storedKeys.add(key(message.channel(), message.eventId()))
                ? IntakeResult.STORED : IntakeResult.DUPLICATE;
        handedIn.add(message);
        results.add(result);
        return result;
    }

    @Override
    public synchronized boolean isStored(Channel channel, String eventId) {
        return storedKeys.contains(key(channel, eventId));
    }

    @Override
    public synchronized void chatReachability(Channel channel, String chatId, boolean reachable) {
        reachability.add(new ReachabilityChange(channel, chatId, reachable));
    }

    private static String key(Channel channel, String eventId) {
        return channel + "/" + eventId;
    }

    /** The next hand-in fails before anything is stored. */
    public synchronized void failNextAccept() {
        failNext = true;
    }

    /** The next hand-in of this event fails before anything is stored; later ones do not. */
    public synchronized void failOnceOn(String eventId) {
        failOnceOn.add(eventId);
    }

    /** Every message handed in and not failed, redeliveries too, in order. */
    public synchronized List<InboundMessage> handedIn() {
        return List.copyOf(handedIn);
    }

    public synchronized List<String> handedInEventIds() {
        return handedIn.stream().map(InboundMessage::eventId).toList();
    }

    /** What each of those hand-ins returned. */
    public synchronized List<IntakeResult> results() {
        return List.copyOf(results);
    }

    /** The messages the real port would have stored: each event's first hand-in. */
    public synchronized List<InboundMessage> stored() {
        return withResult(IntakeResult.STORED);
    }

    public synchronized List<String> storedMessageIds() {
        return stored().stream().map(InboundMessage::messageId).toList();
    }

    public synchronized List<InboundMessage> storedIn(String conversationKey) {
        return stored().stream().filter(message -> message.conversationKey().equals(conversationKey)).toList();
    }

    /** The redeliveries: hand-ins of an event already stored. */
    public synchronized List<InboundMessage> duplicates() {
        return withResult(IntakeResult.DUPLICATE);
    }

    private List<InboundMessage> withResult(IntakeResult result) {
        List<InboundMessage> messages = new ArrayList<>();
        for (int i = 0; i < handedIn.size(); i++) {
            if (results.get(i) == result) {
                messages.add(handedIn.get(i));
            }
        }
        return messages;
    }

    public synchronized List<ReachabilityChange> reachability() {
        return List.copyOf(reachability);
    }

    /** Waits (at most {@code max}) until {@code count} messages were handed in; returns them all. */
    public List<InboundMessage> awaitHandedIn(int count, Duration max) throws InterruptedException {
        Instant deadline = Instant.now().plus(max);
        while (handedIn().size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        return handedIn();
    }

    /** Forgets everything, for a port shared by a test class's tests. */
    public synchronized void clear() {
        handedIn.clear();
        results.clear();
        storedKeys.clear();
        failOnceOn.clear();
        reachability.clear();
        failNext = false;
    }
}
