package io.switchboard;

import io.switchboard.testing.RecordingInboundPort;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The help center module's tests run against core, web (sign-in, the error format, the language, the
 * site's last security chain) and the help center. It sits in the root package so that entity and
 * repository scanning find core's too. The router is not part of them: its port records what the help
 * center hands in, and the answer engine is {@link TestAnswerEngine}. The verify module is the real one, its
 * registry seeded from this module's test application.yml.
 */
@SpringBootApplication(scanBasePackages = {"io.switchboard.core", "io.switchboard.web", "io.switchboard.verify",
    "io.switchboard.helpcenter"})
public class HelpCenterTestApplication {

    @Bean
    TestAnswerEngine answerEngine() {
        return new TestAnswerEngine();
    }

    @Bean
    RecordingInboundPort inboundPort() {
        return new RecordingInboundPort();
    }
}
