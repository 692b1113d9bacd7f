package io.switchboard.core.ticket;

/** The user name is not a staff account, or (for presence) has no agent profile yet. */
public class AgentNotFoundException extends RuntimeException {

    AgentNotFoundException(String message) {
        super(message);
    }
}
