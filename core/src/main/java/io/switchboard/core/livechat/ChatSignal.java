package io.switchboard.core.livechat;

import java.util.Objects;

/**
 * Something one side of a live chat should see at once, told to every instance ({@link ChatSignals}). It carries
 * no content: a receiver reads new frames from the database, so a signal lost or seen twice loses and doubles
 * nothing.
 *
 * @param visitorKey the conversation; null for {@link Type#QUEUE}
 * @param party who typed or read, for {@link Type#TYPING} and {@link Type#READ}
 * @param name the agent's name when an agent typed or read; null otherwise
 * @param seq the new frame's seq for {@link Type#FRAME}, the last frame read for {@link Type#READ}; else 0
 * @param on whether typing started or stopped, for {@link Type#TYPING}
 */
public record ChatSignal(Type type, String visitorKey, Party party, String name, long seq, boolean on) {

    public enum Type {
        /** A frame was stored: read the conversation's frames after the last one seen. */
        FRAME,
        /** Someone started or stopped typing. */
        TYPING,
        /** Someone read the conversation up to {@code seq}. */
        READ,
        /** The live chats changed (one waits, was taken, transferred or closed): consoles read the list again. */
        QUEUE
    }

    /** The two sides of a chat. */
    public enum Party {
        VISITOR,
        AGENT
    }

    public ChatSignal {
        Objects.requireNonNull(type, "type");
        if (type != Type.QUEUE) {
            Objects.requireNonNull(visitorKey, "visitorKey");
        }
    }

    public static ChatSignal frame(String visitorKey, long seq) {
        return new ChatSignal(Type.FRAME, visitorKey, null, null, seq, false);
    }

    public static ChatSignal typing(String visitorKey, Party party, String name, boolean on) {
        return new ChatSignal(Type.TYPING, visitorKey, Objects.requireNonNull(party, "party"), name, 0, on);
    }

    public static ChatSignal read(String visitorKey, Party party, String name, long upTo) {
        return new ChatSignal(Type.READ, visitorKey, Objects.requireNonNull(party, "party"), name, upTo, false);
    }

    public static ChatSignal queue() {
        return new ChatSignal(Type.QUEUE, null, null, null, 0, false);
    }
}
