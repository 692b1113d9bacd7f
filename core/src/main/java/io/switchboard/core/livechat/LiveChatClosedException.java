package io.switchboard.core.livechat;

/** The live chat is over (or was never there): nobody can join, transfer or close it now. */
public class LiveChatClosedException extends RuntimeException {

    public LiveChatClosedException(long id) {
        super("live chat " + id + " is closed or does not exist");
    }
}
