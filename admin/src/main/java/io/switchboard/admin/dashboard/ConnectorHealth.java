package io.switchboard.admin.dashboard;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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
 * last error. A channel without an entry is switched off, except the forum: it is built in, so it is
 * {@link #BUILT_IN} whenever its gateway is there, unless it reports a health entry of its own.
 */
@Component
class ConnectorHealth {

    /** The status of a channel that has no health entry: its connector is not configured. */
    static final String OFF = "OFF";

    /** The status of the forum: part of this application, up while it runs. */
    static final String BUILT_IN = "BUILT_IN";

    private final ObjectProvider<HealthContributorRegistry> registry;
    private final ObjectProvider<ChannelGateway> gateways;

    ConnectorHealth(ObjectProvider<HealthContributorRegistry> registry, ObjectProvider<ChannelGateway> gateways) {
        this.registry = registry;
        this.gateways = gateways;
    }

    /**
     * @param status UP, DOWN, UNKNOWN, OUT_OF_SERVICE, {@link #OFF} or {@link #BUILT_IN}
     * @param lastSuccess null when the connector never reached its platform, or reports nothing
     */
    record Entry(Channel channel, String status, Instant lastSuccess, String lastError, Instant lastErrorAt) {

        public boolean up() {
            return "UP".equals(status) || BUILT_IN.equals(status);
        }

        /** A connector that reports its health: one without a last success never reached its platform. */
        public boolean reports() {
            return !OFF.equals(status) && !BUILT_IN.equals(status);
        }
    }

    List<Entry> connectors() {
        HealthContributorRegistry contributors = registry.getIfAvailable();
        return Arrays.stream(Channel.values())
                .map(channel -> entry(channel, contributors == null ? null : contributors.getContributor(channel.key())))
                .toList();
    }

    private Entry entry(Channel channel, HealthContributor contributor) {
        if (!(contributor instanceof HealthIndicator indicator)) {
            boolean builtIn = channel.builtIn()
                    && gateways.stream().anyMatch(gateway -> gateway.channel() == channel);
            return new Entry(channel, builtIn ? BUILT_IN : OFF, null, null, null);
        }
        Health health = indicator.health();
        Map<String, Object> details = health.getDetails();
        return new Entry(channel, health.getStatus().getCode(), instant(details.get("lastSuccess")),
                text(details.get("lastError")), instant(details.get("lastErrorAt")));
    }

    private static String text(Object detail) {
        return detail == null ? null : detail.toString();
    }

    /**
     * The connectors report their times as ISO texts ({@code PlatformContact}), "never" before a
     * first success; the page prints them as every console time, so they are read back here.
     */
    private static Instant instant(Object detail) {
        if (detail instanceof Instant at) {
            return at;
        }
        try {
            return detail == null ? null : Instant.parse(detail.toString());
        } catch (DateTimeParseException never) {
            return null;
        }
    }
}
