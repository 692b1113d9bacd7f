package io.switchboard.core.moderation;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ModerationAction;
import java.time.Instant;

/**
 * Where a channel says that one of its members' messages was hidden, shown again or deleted on
 * its platform (by the moderation queue, the console's thread view, or the channel's own tools,
 * such as the forum's), so that its support thread shows it as the platform has it and every view
 * of the message agrees. Called inside the caller's transaction.
 */
public interface ModeratedMessages {

    /**
     * @param messageId the message's id on its platform, as its thread stores it; a message no
     *     thread holds is left alone
     * @param action actions on the member or the topic leave the message as it is
     */
    void moderated(Channel channel, String messageId, ModerationAction action, Instant at);
}
