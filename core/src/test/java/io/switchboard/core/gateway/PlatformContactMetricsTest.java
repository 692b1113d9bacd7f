package io.switchboard.core.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.switchboard.core.channel.Channel;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class PlatformContactMetricsTest {

    private final PlatformContact contact = new PlatformContact(Clock.systemUTC());
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void rateLimitsAreCountedPerPlatformWithoutChangingTheContactsHealth() {
        new PlatformContactMetrics(Channel.TELEGRAM, contact).bindTo(registry);
        contact.succeeded();

        contact.rateLimited();
        contact.rateLimited();

        assertThat(registry.get("switchboard.platform.rate.limited").tag("platform", "telegram").functionCounter()
                .count()).isEqualTo(2);
        assertThat(contact.failing()).as("whether a rate limit is a failure is the connector's call").isFalse();
    }
}
