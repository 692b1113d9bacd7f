package io.switchboard.router.threading;

import io.switchboard.core.member.Member;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadMessage;

/** A member's message as stored: who wrote it, the thread it joined, and the stored message. */
public record ThreadedMessage(Member member, SupportThread thread, ThreadMessage message) {
}
