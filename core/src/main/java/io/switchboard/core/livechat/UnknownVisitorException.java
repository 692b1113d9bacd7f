package io.switchboard.core.livechat;

/** No visitor has this key: a frame was addressed to a conversation nobody opened. */
public class UnknownVisitorException extends RuntimeException {

    public UnknownVisitorException(String visitorKey) {
        super("no live-chat visitor '" + visitorKey + "'");
    }
}
