package io.switchboard.connector.webchat.transport;

import java.util.List;

import io.switchboard.core.answer.AnswerDecision;
import io.switchboard.core.answer.AnswerEngine;
import io.switchboard.testing.RecordingInboundPort;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The live chat with core and web (the error format, the site's last security chain) on H2, as the application runs
 * them; the router is not there: its port records what the chat hands in, and the answer engine knows nothing.
 */
@SpringBootApplication(scanBasePackages = {"io.switchboard.core", "io.switchboard.web", "io.switchboard.connector.webchat"})
@AutoConfigurationPackage(basePackages = "io.switchboard")
class WebchatTestApplication {

    @Bean
    AnswerEngine answerEngine() {
        return query -> AnswerDecision.none(List.of());
    }

    @Bean
    RecordingInboundPort inboundPort() {
        return new RecordingInboundPort();
    }
}
