package io.switchboard.admin.livechat;

import java.util.List;

/**
 * One chat for the agent: the queue's line, the frames (the bot's part before the hand-off included), and the
 * member's other threads and tickets.
 */
public record LiveChatDetail(LiveChatRow chat, String email, List<LiveChatFrame> frames, List<OtherThread> threads,
        List<OtherTicket> tickets) {

    public record OtherThread(long id, String channel, String status, java.time.Instant lastActivityAt) {
    }

    public record OtherTicket(String number, String subject, String status, String assignee) {
    }
}
