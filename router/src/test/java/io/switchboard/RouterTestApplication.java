package io.switchboard;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.router.testing.KeywordAnswerEngine;
import io.switchboard.router.testing.MailboxGateway;
import io.switchboard.router.testing.RecordingGateway;
import io.switchboard.router.ticket.CategoryResolver;
import io.switchboard.testing.ShiftableClock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The router's test application. It sits in the root package, like the real one, so that core's and the verify
 * module's beans, entities and repositories are found: the registry of official channels, the verifier and its
 * wording are the real ones, seeded in application.properties. The platform and the knowledge base are fakes.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RouterTestApplication {

    /** Time stands still unless a test moves it: backoff, throttling and recovery become exact. */
    @Bean
    @Primary
    ShiftableClock testClock() {
        return ShiftableClock.stoppedAtNow();
    }

    /** The application's actuator brings the real registry; route tests read the intake's meters from this one. */
    @Bean
    SimpleMeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    /** Route tests decide by keyword, so that each test names the answer it expects; the real engine has its own tests. */
    @Bean
    @Primary
    KeywordAnswerEngine keywordAnswerEngine() {
        return new KeywordAnswerEngine();
    }

    /** The gateway tests mean when they name none. */
    @Bean
    @Primary
    RecordingGateway telegramGateway(ShiftableClock clock) {
        return new RecordingGateway(clock);
    }

    @Bean
    MailboxGateway mailboxGateway(ShiftableClock clock) {
        return new MailboxGateway(clock);
    }

    /** In place of the real engine's, which knows none of the keyword engine's articles. */
    @Bean
    @Primary
    CategoryResolver categoryResolver() {
        return answer -> KeywordAnswerEngine.WITHDRAWAL_ARTICLE.equals(answer.articleKey())
                ? TicketCategory.DEPOSIT_WITHDRAWAL : TicketCategory.OTHER;
    }
}
