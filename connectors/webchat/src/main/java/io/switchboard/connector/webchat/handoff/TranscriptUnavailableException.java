package io.switchboard.connector.webchat.handoff;

/** A transcript was asked for where there is no e-mail channel to send it with (the transport answers 503). */
public class TranscriptUnavailableException extends RuntimeException {

    TranscriptUnavailableException() {
        super("transcripts are sent by e-mail, and this installation has no e-mail channel");
    }
}
