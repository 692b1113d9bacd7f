package io.switchboard.connector.webchat.transport;

import io.switchboard.core.livechat.ChatFrames;
import io.switchboard.testing.RecordingInboundPort;
import org.springframework.beans.factory.annotation.Autowired;
import io.switchboard.connector.webchat.testing.WebchatSpringTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The one running application the chat's tests share (settings in {@code application.yml}: the allowed site
 * {@value ChatClient#SHOP}, messages of 50 characters at most, 6 a minute); each test opens visitors of its own.
 */
@WebchatSpringTest
abstract class ChatSpringTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    RecordingInboundPort inbound;

    @Autowired
    ChatFrames frames;
}
