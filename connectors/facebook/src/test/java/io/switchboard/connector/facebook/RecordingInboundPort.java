package io.switchboard.connector.facebook;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundPort;
import io.switchboard.core.inbound.IntakeResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An {@link InboundPort} that keeps what it is given, de-duplicates on (channel, eventId) like the
 * real one, and can be told to fail the next accept as a database outage would.
 */
public class RecordingInboundPort implements InboundPort {

    private final List<InboundMessage> accepted = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private boolean failNext;

    @Override
    public synchronized IntakeResult accept(InboundMessage message) {
        if (failNext) {
            failNext = false;
            throw new IllegalStateException("database unavailable");
        }
        if (!seen.add(message.channel() + "/" + message.eventId())) {
            return IntakeResult.DUPLICATE;
        }
        accepted.add(message);
        return IntakeResult.STORED;
    }

    @Override
    public synchronized boolean isStored(Channel channel, String eventId) {
        return seen.contains(channel + "/" + eventId);
    }

    @Override
    public void chatReachability(Channel channel, String chatId, boolean reachable) {
        throw new UnsupportedOperationException("the Facebook connector does not report reachability");
    }

    public synchronized List<InboundMessage> accepted() {
        return List.copyOf(accepted);
    }

    public synchronized void failNextAccept() {
        failNext = true;
    }

    public synchronized void clear() {
        accepted.clear();
        seen.clear();
        failNext = false;
    }
}
