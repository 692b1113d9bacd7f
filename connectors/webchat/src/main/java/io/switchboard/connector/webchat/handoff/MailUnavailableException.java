package io.switchboard.connector.webchat.handoff;

/**
 * The visitor asked for something only e-mail carries (a transcript, answers by e-mail) where there is no e-mail
 * channel (the transport answers 503).
 */
public class MailUnavailableException extends RuntimeException {

    MailUnavailableException(String what) {
        super(what + " go by e-mail, and this installation has no e-mail channel");
    }
}
