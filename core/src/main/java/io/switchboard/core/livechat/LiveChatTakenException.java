package io.switchboard.core.livechat;

/** Another agent has joined the chat already. */
public class LiveChatTakenException extends RuntimeException {

    private final String agent;

    public LiveChatTakenException(long id, String agent) {
        super("live chat " + id + " is taken by " + agent);
        this.agent = agent;
    }

    public String agent() {
        return agent;
    }
}
