package io.switchboard.connector.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.util.unit.DataSize;

/** The bot the tests talk as, its settings, and the update fixtures under {@code /updates}. */
final class TestBot {

    static final String TOKEN = "7000001:AAHfakeTokenOnlyForTests-x9QwErTy";
    static final long ID = 7000001;
    static final String USERNAME = "SwitchboardHelpBot";
    static final String WEBHOOK_SECRET = "s3cret-for-tests_only";

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestBot() {
    }

    /** A mapper configured as Spring Boot configures the application's (Jackson2ObjectMapperBuilder's defaults). */
    static ObjectMapper mapper() {
        return Jackson2ObjectMapperBuilder.json().build();
    }

    static BotIdentity identity() {
        return new BotIdentity(ID, USERNAME);
    }

    /** Polling mode, short polls and a request timeout short enough for timeout tests. */
    static TelegramProperties polling(URI apiUrl, Duration requestTimeout) {
        return new TelegramProperties(TOKEN, USERNAME, apiUrl, TelegramProperties.Mode.POLLING, null, null,
                Duration.ZERO, DataSize.ofMegabytes(1), Duration.ofSeconds(2), requestTimeout, null, List.of());
    }

    static ObjectNode update(String fixture) {
        try (InputStream in = TestBot.class.getResourceAsStream("/updates/" + fixture + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture /updates/" + fixture + ".json");
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
