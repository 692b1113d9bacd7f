package io.switchboard.admin.dashboard;

import io.switchboard.core.channel.Channel;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Each connector's entry of {@code /actuator/health} (named after its channel: {@code telegram},
 * {@code twitter}, {@code facebook}), with the details only staff see: the last success and the
 * last error. A channel without an entry is switched off; the forum is built in and has none.
 */
@Component
class ConnectorHealth {

    /** The status of a channel that has no health entry: its connector is not configured. */
    static final String OFF = "OFF";

    private final ObjectProvider<HealthContributorRegistry> registry;

    ConnectorHealth(ObjectProvider<HealthContributorRegistry> registry) {
        this.registry = registry;
    }

    /** @param status UP, DOWN, UNKNOWN, OUT_OF_SERVICE, or {@link #OFF} */
    record Entry(Channel channel, String status, String lastSuccess, String lastError, String lastErrorAt) {

        public boolean up() {
            return "UP".equals(status);
        }
    }

    List<Entry> connectors() {
        HealthContributorRegistry contributors = registry.getIfAvailable();
        return Arrays.stream(Channel.values()).filter(channel -> channel != Channel.FORUM)
                .map(channel -> entry(channel, contributors == null ? null : contributors.getContributor(channel.key())))
                .toList();
    }

    private static Entry entry(Channel channel, HealthContributor contributor) {
        if (!(contributor instanceof HealthIndicator indicator)) {
            return new Entry(channel, OFF, null, null, null);
        }
        Health health = indicator.health();
        Map<String, Object> details = health.getDetails();
        return new Entry(channel, health.getStatus().getCode(), text(details.get("lastSuccess")),
                text(details.get("lastError")), text(details.get("lastErrorAt")));
    }

    private static String text(Object detail) {
        return detail == null ? null : detail.toString();
    }
}
