package io.switchboard.connector.twitter;

import io.switchboard.testing.x.XFixtures;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Binds {@link TwitterProperties} the way Spring Boot does, from a few {@code switchboard.twitter.*} keys. */
final class TestProperties {

    private TestProperties() {
    }

    /** A configured connector for the account in {@link XFixtures}, talking to {@code apiUrl}. */
    static TwitterProperties configured(String apiUrl, String... extraKeyValues) {
        Map<String, String> values = new HashMap<>(Map.of(
                "bearer-token", "app-bearer",
                "consumer-key", "consumer-key",
                "consumer-secret", "consumer-secret",
                "access-token", "access-token",
                "access-token-secret", "access-secret",
                "account-id", XFixtures.ACCOUNT_ID,
                "account-handle", XFixtures.ACCOUNT_HANDLE,
                "api-url", apiUrl,
                "webhook-consumer-secret", "webhook-consumer-secret"));
        for (int i = 0; i < extraKeyValues.length; i += 2) {
            values.put(extraKeyValues[i], extraKeyValues[i + 1]);
        }
        Map<String, String> prefixed = new HashMap<>();
        values.forEach((key, value) -> prefixed.put("switchboard.twitter." + key, value));
        return new Binder(new MapConfigurationPropertySource(prefixed))
                .bind("switchboard.twitter", TwitterProperties.class).get();
    }
}
