package io.switchboard.forum.support;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundPort;
import io.switchboard.core.inbound.IntakeResult;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stands in for the router: keeps what the forum hands in. */
public class RecordingInboundPort implements InboundPort {

    private final List<InboundMessage> accepted = new CopyOnWriteArrayList<>();

    @Override
    public IntakeResult accept(InboundMessage message) {
        boolean duplicate = accepted.stream().anyMatch(m -> m.eventId().equals(message.eventId()));
        if (!duplicate) {
            accepted.add(message);
        }
        return duplicate ? IntakeResult.DUPLICATE : IntakeResult.STORED;
    }

    @Override
    public void chatReachability(Channel channel, String chatId, boolean reachable) {
    }

    public List<InboundMessage> accepted() {
        return List.copyOf(accepted);
    }

    public List<InboundMessage> acceptedIn(String conversationKey) {
        return accepted.stream().filter(m -> m.conversationKey().equals(conversationKey)).toList();
    }
}
