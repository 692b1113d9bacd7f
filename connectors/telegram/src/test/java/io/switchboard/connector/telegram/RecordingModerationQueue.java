package io.switchboard.connector.telegram;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.moderation.ModerationFlag;
import io.switchboard.core.moderation.ModerationQueue;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records the flags a connector puts in the moderation queue; each opens an item of its own unless
 * the test says what the queue makes of the next ones (a report it knows already).
 */
final class RecordingModerationQueue implements ModerationQueue {

    private final List<ModerationFlag> flags = new CopyOnWriteArrayList<>();
    private volatile Effect effect = Effect.OPENED;

    @Override
    public Flagged flag(ModerationFlag flag) {
        flags.add(flag);
        return new Flagged(flags.size(), effect);
    }

    /** What the queue answers from now on. */
    void answering(Effect next) {
        effect = next;
    }

    @Override
    public void handled(Channel channel, String messageId, String actor) {
        throw new UnsupportedOperationException("the Telegram connector never resolves queue items");
    }

    @Override
    public void recordFailure(long itemId, ModerationAction action, Duration duration, String actor, String detail) {
        throw new UnsupportedOperationException("the Telegram connector only flags");
    }

    List<ModerationFlag> flags() {
        return List.copyOf(flags);
    }
}
