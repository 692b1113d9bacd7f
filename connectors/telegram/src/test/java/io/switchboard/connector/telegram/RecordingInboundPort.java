package io.switchboard.connector.telegram;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundPort;
import io.switchboard.core.inbound.IntakeResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records what a connector hands in. Like the real port it answers DUPLICATE for an event id it
 * has seen, and it can be told to fail (as a database outage would) on chosen events, once.
 */
final class RecordingInboundPort implements InboundPort {

    record ReachabilityChange(Channel channel, String chatId, boolean reachable) {
    }

    private final List<InboundMessage> accepted = new CopyOnWriteArrayList<>();
    private final List<IntakeResult> results = new CopyOnWriteArrayList<>();
    private final Set<String> stored = ConcurrentHashMap.newKeySet();
    private final Set<String> failOnce = ConcurrentHashMap.newKeySet();
    private final List<ReachabilityChange> reachability = new CopyOnWriteArrayList<>();

    @Override
    public IntakeResult accept(InboundMessage message) {
        if (failOnce.remove(message.eventId())) {
            throw new IllegalStateException("database unavailable (test)");
        }
        accepted.add(message);
        IntakeResult result = stored.add(message.channel() + "/" + message.eventId())
                ? IntakeResult.STORED : IntakeResult.DUPLICATE;
        results.add(result);
        return result;
    }

    @Override
    public boolean isStored(Channel channel, String eventId) {
        return stored.contains(channel + "/" + eventId);
    }

    @Override
    public void chatReachability(Channel channel, String chatId, boolean reachable) {
        reachability.add(new ReachabilityChange(channel, chatId, reachable));
    }

    void failOnceOn(String eventId) {
        failOnce.add(eventId);
    }

    List<InboundMessage> accepted() {
        return List.copyOf(accepted);
    }

    List<String> acceptedEventIds() {
        return accepted.stream().map(InboundMessage::eventId).toList();
    }

    List<IntakeResult> results() {
        return List.copyOf(results);
    }

    List<ReachabilityChange> reachability() {
        return List.copyOf(reachability);
    }

    /** Waits (at most {@code max}) until {@code count} messages were accepted; returns them all. */
    List<InboundMessage> awaitAccepted(int count, Duration max) throws InterruptedException {
        Instant deadline = Instant.now().plus(max);
        while (accepted.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        return accepted();
    }

    void clear() {
        accepted.clear();
        results.clear();
        stored.clear();
        failOnce.clear();
        reachability.clear();
    }
}
