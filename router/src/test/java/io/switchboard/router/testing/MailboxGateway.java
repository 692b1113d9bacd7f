package io.switchboard.router.testing;

import io.switchboard.core.channel.Channel;
import java.time.Clock;

/**
 * An e-mail gateway that records what it is asked to send, as {@link RecordingGateway} does for Telegram:
 * a mail carries the files an agent adds, and a member's reply to the bot's answer hands over to an agent.
 */
public class MailboxGateway extends RecordingGateway {

    public MailboxGateway(Clock clock) {
        super(clock);
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean sendsAttachments(String conversationKey) {
        return true;
    }

    @Override
    public boolean followUpHandsOver(String conversationKey) {
        return true;
    }
}
