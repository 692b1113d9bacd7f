package io.switchboard.admin.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.actuate.health.DefaultHealthContributorRegistry;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The health entries connectors add in the application ({@code telegram}, {@code facebook}...), for
 * the admin module, which has no connectors: a test says what each one reports.
 */
@Component
public class FakeConnectorHealth extends DefaultHealthContributorRegistry {

    private final Map<String, Health> reports = new ConcurrentHashMap<>();

    /** The channel's connector reports {@code health} from now on. */
    public void report(String channel, Health health) {
        reports.put(channel, health);
        if (getContributor(channel) == null) {
            registerContributor(channel, (HealthIndicator) () -> reports.get(channel));
        }
    }

    /** Every connector switched off again. */
    public void reset() {
        reports.keySet().forEach(this::unregisterContributor);
        reports.clear();
    }
}
