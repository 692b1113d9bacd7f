package io.switchboard.admin.support;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.DeliveryReceipt;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.gateway.ModerationRequest;
import io.switchboard.core.gateway.OutboundMessage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Facebook as the admin module sees it through the gateway port: page comments ({@code post:...}
 * conversations) can be moderated, Messenger chats cannot. Records each action it carried out;
 * a test can make the next action fail as Facebook would.
 */
@Component
public class FakeFacebookGateway implements ChannelGateway {

    /** An action the platform confirmed. */
    public record Moderated(ModerationAction action, String conversationKey, String messageId) {
    }

    public static final int MESSENGER_TEXT_LIMIT = 2000;

    private final List<Moderated> moderated = new ArrayList<>();
    private final Deque<DeliveryException> failures = new ArrayDeque<>();

    @Override
    public Channel channel() {
        return Channel.FACEBOOK;
    }

    @Override
    public DeliveryReceipt send(OutboundMessage message) {
        throw new UnsupportedOperationException("the admin tests send no replies");
    }

    /** Messenger's 2000 characters, as the real gateway says. */
    @Override
    public int textLimit(String conversationKey) {
        return conversationKey.startsWith("post:") ? Integer.MAX_VALUE : MESSENGER_TEXT_LIMIT;
    }

    @Override
    public Set<ModerationAction> moderationActions(String conversationKey) {
        return conversationKey.startsWith("post:")
                ? EnumSet.of(ModerationAction.HIDE, ModerationAction.UNHIDE, ModerationAction.DELETE) : Set.of();
    }

    @Override
    public synchronized void moderate(ModerationRequest request) {
        if (!failures.isEmpty()) {
            throw failures.poll();
        }
        moderated.add(new Moderated(request.action(), request.conversationKey(), request.messageId()));
    }

    public synchronized void failNext(DeliveryException failure) {
        failures.add(failure);
    }

    public synchronized List<Moderated> moderated() {
        return List.copyOf(moderated);
    }

    public synchronized void reset() {
        moderated.clear();
        failures.clear();
    }
}
