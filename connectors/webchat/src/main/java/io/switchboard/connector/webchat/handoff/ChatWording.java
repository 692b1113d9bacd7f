package io.switchboard.connector.webchat.handoff;

import java.util.Locale;
import java.util.Map;

import io.switchboard.core.livechat.ChatFrame;
import io.switchboard.core.livechat.FrameKind;
import io.switchboard.core.livechat.SystemNote;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The live chat's wording outside the widget (bundle {@code webchat/messages}, zh and en): what a
 * {@link FrameKind#SYSTEM} frame says in a reader's language, the parties' names in a transcript, the subjects of
 * the chat's mail. The widget words system frames itself; transcripts, mail and the console use this.
 */
@Component
public class ChatWording {

    private static final Locale FALLBACK = Locale.ENGLISH;

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    public ChatWording() {
        messages.setBasename("webchat/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    /** The reader's language as a locale: {@code zh} or {@code en}, English for anything else or nothing. */
    public static Locale locale(String language) {
        return "zh".equals(language) ? Locale.CHINESE : FALLBACK;
    }

    public String text(String key, Locale language, Object... args) {
        return messages.getMessage(key, args, language);
    }

    /** What a system note says: {@code queued}, {@code unstaffed}, {@code joined}, {@code transferred}, {@code closed}. */
    public String note(SystemNote note, Locale language) {
        Map<String, Object> args = note.args();
        return switch (note.code()) {
            case SystemNote.QUEUED -> text("webchat.note.queued", language, args.get("position"), args.get("minutes"));
            case SystemNote.UNSTAFFED -> text("webchat.note.unstaffed." + ("hours".equals(args.get("reason"))
                    ? "hours" : "nobody"), language);
            case SystemNote.JOINED -> text("webchat.note.joined", language, args.get("agent"));
            case SystemNote.TRANSFERRED -> args.containsKey("agent")
                    ? text("webchat.note.transferred.agent", language, args.get("agent"))
                    : text("webchat.note.transferred.team", language, args.get("team"));
            case SystemNote.CLOSED -> text("webchat.note.closed", language);
            default -> throw new IllegalArgumentException("no wording for the system note '" + note.code() + "'");
        };
    }

    /**
     * A frame's text in the reader's language: a system frame worded from its note (its stored text when the note
     * is one this version does not know), any other frame as written.
     */
    public String frameText(ChatFrame frame, Locale language) {
        return frame.note().map(note -> {
            try {
                return note(note, language);
            } catch (IllegalArgumentException unknown) {
                return frame.text();
            }
        }).orElse(frame.text());
    }
}
