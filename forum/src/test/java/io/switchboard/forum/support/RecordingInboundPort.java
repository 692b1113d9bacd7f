package io.switchboard.forum.support;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundPort;
import io.switchboard.core.inbound.IntakeResult;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/** Stands in for the router: keeps what the forum hands in; can fail once, as a crash would. */
public class RecordingInboundPort implements InboundPort {

    private final List<InboundMessage> accepted = new CopyOnWriteArrayList<>();
    private final AtomicBoolean failNext = new AtomicBoolean();

    @Override
    public IntakeResult accept(InboundMessage message) {
        if (failNext.getAndSet(false)) {
            throw new IllegalStateException("the pipeline is down");
        }
        boolean duplicate = isStored(message.channel(), message.eventId());
        if (!duplicate) {
            accepted.add(message);
        }
        return duplicate ? IntakeResult.DUPLICATE : IntakeResult.STORED;
    }

    @Override
    public boolean isStored(Channel channel, String eventId) {
        return accepted.stream().anyMatch(m -> m.channel() == channel && m.eventId().equals(eventId));
    }

    @Override
    public void chatReachability(Channel channel, String chatId, boolean reachable) {
    }

    /** The next hand-in fails before anything is stored. */
    public void failNextAccept() {
        failNext.set(true);
    }

    public List<InboundMessage> accepted() {
        return List.copyOf(accepted);
    }

    public List<InboundMessage> acceptedIn(String conversationKey) {
        return accepted.stream().filter(m -> m.conversationKey().equals(conversationKey)).toList();
    }
}
