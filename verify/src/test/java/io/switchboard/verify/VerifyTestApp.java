package io.switchboard.verify;

import io.switchboard.verify.registry.OfficialEntryDraft;
import io.switchboard.verify.registry.OfficialKind;
import io.switchboard.verify.registry.VerifyProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Primary;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The verify module with core's audit log on the real schema (H2 in PostgreSQL mode, Flyway's migrations), and the
 * demo exchange's registry as the application seeds it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"io.switchboard.verify", "io.switchboard.core.audit"})
@EntityScan(basePackages = {"io.switchboard.verify", "io.switchboard.core.audit"})
@EnableJpaRepositories(basePackages = {"io.switchboard.verify", "io.switchboard.core.audit"})
public class VerifyTestApp {

    public static final Instant NOW = Instant.parse("2026-12-07T09:30:00Z");

    /** The seed of application.yml. */
    public static final List<OfficialEntryDraft> SEED = List.of(
            entry(OfficialKind.WEBSITE, "novaex.com", "Main website and app"),
            entry(OfficialKind.WEBSITE, "novaex.hk", "Hong Kong website"),
            entry(OfficialKind.EMAIL, "support@novaex.com", "Support mailbox"),
            entry(OfficialKind.EMAIL, "@mail.novaex.com", "Notification e-mails"),
            new OfficialEntryDraft(OfficialKind.PHONE, "+86 400 123 4567", "Support hotline (Mainland China)", null,
                    "Mainland China", "24/7", List.of("zh"),
                    "account security emergencies, frozen accounts, failed transactions"),
            new OfficialEntryDraft(OfficialKind.PHONE, "+852 3001 2345", "Support hotline (Hong Kong)", null,
                    "Hong Kong", "Mon-Fri 09:00-21:00 HKT", List.of("zh", "en"),
                    "account security, frozen accounts, failed transactions"),
            new OfficialEntryDraft(OfficialKind.PHONE, "+65 6123 4567", "Support hotline (Singapore, English)", null,
                    "Singapore", "Mon-Fri 09:00-18:00 SGT", List.of("en"), "account security, failed transactions"),
            entry(OfficialKind.TELEGRAM, "novaex", "Announcements channel"),
            entry(OfficialKind.TELEGRAM, "NovaExSupportBot", "Support bot"),
            entry(OfficialKind.TELEGRAM, "novaex_en", "English community group"),
            entry(OfficialKind.TELEGRAM, "novaex_cn", "Chinese community group"),
            entry(OfficialKind.X, "NovaEx", "Official account"),
            entry(OfficialKind.X, "NovaExSupport", "Support account"),
            entry(OfficialKind.FACEBOOK, "novaexofficial", "Facebook page"),
            staff(OfficialKind.TELEGRAM, "mia_novaex", "Mia Zhang"),
            staff(OfficialKind.X, "MiaZhang_NovaEx", "Mia Zhang"),
            staff(OfficialKind.TELEGRAM, "kevinlau_nx", "Kevin Lau"));

    /** The registry seeded as the application seeds it, read again at once (no refresh wait in the tests). */
    @Bean
    @Primary
    VerifyProperties verifyProperties() {
        return new VerifyProperties(Duration.ofMillis(1), SEED);
    }

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    private static OfficialEntryDraft entry(OfficialKind kind, String value, String label) {
        return new OfficialEntryDraft(kind, value, label, null, null, null, null, null);
    }

    private static OfficialEntryDraft staff(OfficialKind kind, String value, String name) {
        return new OfficialEntryDraft(kind, value, "Staff account", name, null, null, null, null);
    }
}
