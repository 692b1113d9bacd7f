package io.switchboard.connector.webchat.handoff;

import java.util.Locale;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.livechat.ChatFrames;
import io.switchboard.core.livechat.FrameKind;
import io.switchboard.core.livechat.LiveChat;
import io.switchboard.core.livechat.LiveChats;
import io.switchboard.core.livechat.SystemNote;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.ticket.TicketOpened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A ticket opened in a live chat (the visitor asked for a human, or said the bot's answer did not help) hands the
 * visitor over: they join the queue and read at once either their place and the expected wait, or that nobody can
 * take the chat now and why (the widget then asks for an e-mail address). In the transaction that opened the
 * ticket, so a ticket rolled back leaves no one queued.
 */
@Component
class HandOffs {

    private final LiveChats chats;
    private final ChatFrames frames;
    private final ChatStaffing staffing;
    private final WaitEstimate estimate;
    private final ChatWording wording;
    private final EmailFallback fallback;

    HandOffs(LiveChats chats, ChatFrames frames, ChatStaffing staffing, WaitEstimate estimate, ChatWording wording,
            EmailFallback fallback) {
        this.chats = chats;
        this.frames = frames;
        this.staffing = staffing;
        this.estimate = estimate;
        this.wording = wording;
        this.fallback = fallback;
    }

    @EventListener
    void ticketOpened(TicketOpened opened) {
        SupportThread thread = opened.ticket().getThread();
        if (thread == null || thread.getChannel() != Channel.WEBCHAT) {
            return;
        }
        LiveChat chat = chats.open(opened.ticket(), opened.at());
        Staffing now = staffing.now(chat.getLanguage());
        SystemNote note;
        if (now.staffed()) {
            int position = chats.positionOf(chat);
            note = SystemNote.of(SystemNote.QUEUED, "position", position, "minutes",
                    estimate.minutes(position, chat.getLanguage()));
        } else {
            // the widget asks for an address only where answers can go by e-mail
            note = SystemNote.of(SystemNote.UNSTAFFED, "reason", now.reason(), "email", fallback.available());
        }
        // the stored text is the English wording, for logs; readers get theirs from the note
        frames.append(chat.getVisitorKey(), FrameKind.SYSTEM, null, wording.note(note, Locale.ENGLISH), null,
                note.details(), null);
    }
}
