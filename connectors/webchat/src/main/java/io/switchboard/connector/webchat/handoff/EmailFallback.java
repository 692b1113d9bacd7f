package io.switchboard.connector.webchat.handoff;

import io.switchboard.core.livechat.ChatVisitors;
import org.springframework.stereotype.Service;

/** A visitor nobody could take now leaves an address: their conversation is then answered by e-mail. */
@Service
public class EmailFallback {

    private final ChatVisitors visitors;

    EmailFallback(ChatVisitors visitors) {
        this.visitors = visitors;
    }

    /** @param address already checked to look like an e-mail address */
    public void leaveAddress(String visitorKey, String address) {
        visitors.setEmail(visitorKey, address);
    }
}
