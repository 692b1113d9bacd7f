package io.switchboard.flow;

import io.switchboard.testing.FakeTelegramServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Configuration shared by the full-application tests: a fake Telegram and a private database.
 * Public for the benchmark harness ({@code bench/}), which boots the application the same way.
 */
public final class FlowTestSupport {

    public static final String H2_MODE = "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    public static final String WEBHOOK_SECRET = "flow-test-webhook-secret";
    static final String ADMIN_PASSWORD = "flow-test-admin-password";

    private FlowTestSupport() {
    }

    public static FakeTelegramServer startTelegram() {
        try {
            return new FakeTelegramServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void configure(DynamicPropertyRegistry registry, FakeTelegramServer telegram, String mode, String jdbcUrl) {
        for (String[] property : properties(telegram, mode, jdbcUrl)) {
            registry.add(property[0], () -> property[1]);
        }
    }

    /** The same settings as command-line arguments, for tests that start the application themselves. */
    public static String[] arguments(FakeTelegramServer telegram, String mode, String jdbcUrl) {
        return java.util.Arrays.stream(properties(telegram, mode, jdbcUrl))
                .map(property -> "--" + property[0] + "=" + property[1])
                .toArray(String[]::new);
    }

    private static String[][] properties(FakeTelegramServer telegram, String mode, String jdbcUrl) {
        return new String[][] {
            {"spring.datasource.url", jdbcUrl},
            {"switchboard.admin.password", ADMIN_PASSWORD},
            {"switchboard.telegram.bot-token", FakeTelegramServer.TOKEN},
            {"switchboard.telegram.bot-username", FakeTelegramServer.BOT_USERNAME},
            {"switchboard.telegram.api-url", telegram.apiUrl()},
            {"switchboard.telegram.mode", mode},
            {"switchboard.telegram.webhook-secret", WEBHOOK_SECRET},
            {"switchboard.telegram.poll-timeout", "1s"},
        };
    }
}
