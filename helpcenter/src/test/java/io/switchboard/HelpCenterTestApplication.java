package io.switchboard;

import io.switchboard.core.answer.AnswerDecision;
import io.switchboard.core.answer.AnswerEngine;
import io.switchboard.testing.RecordingInboundPort;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The help center module's tests run against core, web (sign-in, the error format, the language, the
 * site's last security chain) and the help center. It sits in the root package so that entity and
 * repository scanning find core's too. The router is not part of them: its port records what the help
 * center hands in, and the answer engine knows nothing unless a test gives it a bean of its own.
 */
@SpringBootApplication(scanBasePackages = {"io.switchboard.core", "io.switchboard.web", "io.switchboard.helpcenter"})
public class HelpCenterTestApplication {

    @Bean
    AnswerEngine answerEngine() {
        return query -> AnswerDecision.none(List.of());
    }

    @Bean
    RecordingInboundPort inboundPort() {
        return new RecordingInboundPort();
    }
}
