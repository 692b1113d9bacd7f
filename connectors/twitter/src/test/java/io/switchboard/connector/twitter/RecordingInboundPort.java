package io.switchboard.connector.twitter;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundPort;
import io.switchboard.core.inbound.IntakeResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An InboundPort that keeps what it is given and, like the real one, is idempotent on the event id. */
final class RecordingInboundPort implements InboundPort {

    private final List<InboundMessage> stored = new ArrayList<>();
    private final List<InboundMessage> duplicates = new ArrayList<>();
    private final Set<String> eventIds = new HashSet<>();
    private String failOnMessageId;

    @Override
    public synchronized IntakeResult accept(InboundMessage message) {
        if (message.messageId().equals(failOnMessageId)) {
            throw new IllegalStateException("database unavailable");
        }
        if (!eventIds.add(message.channel() + "/" + message.eventId())) {
            duplicates.add(message);
            return IntakeResult.DUPLICATE;
        }
        stored.add(message);
        return IntakeResult.STORED;
    }

    @Override
    public synchronized boolean isStored(Channel channel, String eventId) {
        return eventIds.contains(channel + "/" + eventId);
    }

    @Override
    public void chatReachability(Channel channel, String chatId, boolean reachable) {
        throw new UnsupportedOperationException("the X connector never reports reachability");
    }

    /** The next accept of this message fails, as when the database is down. */
    synchronized void failOn(String messageId) {
        this.failOnMessageId = messageId;
    }

    synchronized List<InboundMessage> stored() {
        return List.copyOf(stored);
    }

    synchronized List<String> storedMessageIds() {
        return stored.stream().map(InboundMessage::messageId).toList();
    }

    synchronized List<InboundMessage> duplicates() {
        return List.copyOf(duplicates);
    }
}
