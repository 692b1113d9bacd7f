package io.switchboard.admin.livechat;

import io.switchboard.admin.support.TestData;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.livechat.ChatVisitors;
import io.switchboard.core.livechat.FrameKind;
import io.switchboard.core.livechat.ChatFrames;
import io.switchboard.core.livechat.LiveChat;
import io.switchboard.core.livechat.LiveChats;
import io.switchboard.core.member.Member;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketPriority;
import io.switchboard.core.ticket.TicketWorkflow;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Live chats as the webchat connector's hand-off would leave them (there is no router in admin's tests): a
 * visitor, their WEBCHAT thread and member, a ticket opened on it and the chat waiting for an agent.
 */
@Component
class LiveChatFixture {

    private final TestData data;
    private final ChatVisitors visitors;
    private final ChatFrames frames;
    private final TicketWorkflow tickets;
    private final LiveChats chats;
    private final JdbcTemplate jdbc;

    LiveChatFixture(TestData data, ChatVisitors visitors, ChatFrames frames, TicketWorkflow tickets, LiveChats chats,
            JdbcTemplate jdbc) {
        this.data = data;
        this.visitors = visitors;
        this.frames = frames;
        this.tickets = tickets;
        this.chats = chats;
        this.jdbc = jdbc;
    }

    /** Empties the live chat's tables, then what TestData empties (the chats point at its tickets). */
    void reset() {
        jdbc.update("delete from live_chat");
        jdbc.update("delete from chat_frame");
        jdbc.update("delete from webchat_visitor");
        data.reset();
    }

    /** A visitor who talked with the bot, asked for a person at {@code at} and waits. */
    LiveChat waiting(String visitorKey, String name, boolean vip, Instant at) {
        visitors.arrive(visitorKey, name, "en");
        frames.append(visitorKey, FrameKind.VISITOR, null, "How do I withdraw?", "c-1", null, null);
        frames.append(visitorKey, FrameKind.BOT, null, "Here is how withdrawals work.", null,
                "{\"card\":{\"key\":\"withdrawals\",\"title\":\"Withdrawals\",\"summary\":\"How\","
                        + "\"url\":\"/help/articles/withdrawals\"}}", null);
        frames.append(visitorKey, FrameKind.VISITOR, null, "Talk to a human", "c-2", null, null);
        Member member = data.member(Channel.WEBCHAT, visitorKey, name, null, vip);
        SupportThread thread = data.thread(member, visitorKey, "en", ThreadStatus.ESCALATED, at, at);
        Ticket ticket = tickets.openByHand("Live chat with " + name, TicketCategory.DEPOSIT_WITHDRAWAL,
                TicketPriority.NORMAL, thread.getId(), "system");
        return chats.open(ticket, at);
    }
}
