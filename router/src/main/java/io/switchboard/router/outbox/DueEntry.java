package io.switchboard.router.outbox;

import io.switchboard.core.channel.Channel;

/** An outbox entry due for sending, and the chat it goes to: what the senders share the work out by. */
record DueEntry(Long id, Channel channel, String chatId) {

    /** One chat's entries go to one sender, in order. */
    String chat() {
        return channel.name() + ":" + chatId;
    }
}
