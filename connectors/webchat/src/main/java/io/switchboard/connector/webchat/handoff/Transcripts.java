package io.switchboard.connector.webchat.handoff;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.core.livechat.ChatFrame;
import io.switchboard.core.livechat.ChatFrames;
import io.switchboard.core.livechat.ChatVisitor;
import io.switchboard.core.livechat.ChatVisitors;
import io.switchboard.core.livechat.UnknownVisitorException;
import io.switchboard.core.outbox.StandaloneMails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A copy of the whole conversation, mailed to the visitor who asks for it: one line per frame (time, who, text),
 * the chat's own lines worded in the visitor's language, times in the zone of their language's business hours.
 * Asked twice for the same conversation (nothing new since), it is mailed once: the outbox entry is keyed by the
 * conversation's last line.
 */
@Service
@Transactional
public class Transcripts {

    private static final String KEY_PREFIX = "webchat-transcript:";
    private static final int PAGE = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ChatVisitors visitors;
    private final ChatFrames frames;
    private final StandaloneMails mails;
    private final ChatStaffing staffing;
    private final ChatWording wording;
    private final Clock clock;

    Transcripts(ChatVisitors visitors, ChatFrames frames, StandaloneMails mails, ChatStaffing staffing,
            ChatWording wording, Clock clock) {
        this.visitors = visitors;
        this.frames = frames;
        this.mails = mails;
        this.staffing = staffing;
        this.wording = wording;
        this.clock = clock;
    }

    /**
     * @param address already checked to look like an e-mail address
     * @throws MailUnavailableException when there is no e-mail channel
     * @throws UnknownVisitorException when there is no such visitor
     */
    public void send(String visitorKey, String address) {
        if (!mails.available()) {
            throw new MailUnavailableException("transcripts");
        }
        ChatVisitor visitor = visitors.find(visitorKey).orElseThrow(() -> new UnknownVisitorException(visitorKey));
        Locale language = ChatWording.locale(visitor.language());
        ZoneId zone = staffing.zone(visitor.language());
        List<ChatFrame> conversation = conversation(visitorKey);
        StringBuilder body = new StringBuilder(wording.text("webchat.transcript.header", language, zone.getId()))
                .append("\n\n");
        for (ChatFrame frame : conversation) {
            body.append(TIME.format(frame.createdAt().atZone(zone))).append("  ").append(who(frame, language))
                    .append(": ").append(wording.frameText(frame, language)).append(files(frame, language))
                    .append('\n');
        }
        long lastSeq = conversation.isEmpty() ? 0 : conversation.get(conversation.size() - 1).seq();
        mails.enqueue(KEY_PREFIX + visitorKey + ":" + lastSeq, KEY_PREFIX + visitorKey, address,
                wording.text("webchat.transcript.subject", language), body.toString(), clock.instant());
    }

    private List<ChatFrame> conversation(String visitorKey) {
        List<ChatFrame> all = new ArrayList<>();
        List<ChatFrame> page;
        do {
            page = frames.after(visitorKey, all.isEmpty() ? 0 : all.get(all.size() - 1).seq(), PAGE);
            all.addAll(page);
        } while (page.size() == PAGE);
        return all;
    }

    private String who(ChatFrame frame, Locale language) {
        return switch (frame.kind()) {
            case VISITOR -> wording.text("webchat.party.visitor", language);
            case BOT -> wording.text("webchat.party.bot", language);
            case AGENT -> frame.author() != null ? frame.author() : wording.text("webchat.party.agent", language);
            case SYSTEM -> wording.text("webchat.party.system", language);
        };
    }

    /** The names of the frame's files, which the mail does not carry. */
    private String files(ChatFrame frame, Locale language) {
        StringBuilder names = new StringBuilder();
        for (JsonNode file : frame.detailsJson().path("files")) {
            names.append(' ').append(wording.text("webchat.file", language, file.path("name").asText()));
        }
        return names.toString();
    }
}
