package io.switchboard.connector.facebook.graph;

import io.switchboard.connector.facebook.ConditionalOnFacebook;
import io.switchboard.core.gateway.PlatformContact;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code facebook} entry of {@code /actuator/health}: the last successful Graph API call and
 * the last error. DOWN while the latest call failed because Facebook was unreachable, throttled
 * the page or refused its token; a refused single request (a deleted comment) does not count.
 * Only this entry goes DOWN: the other channels keep working.
 */
@Component
@ConditionalOnFacebook
class FacebookHealthIndicator implements HealthIndicator {

    private final PlatformContact contact;

    FacebookHealthIndicator(GraphApi graph) {
        this.contact = graph.contact();
    }

    @Override
    public Health health() {
        Health.Builder health = contact.failing() ? Health.down() : Health.up();
        return health.withDetails(contact.details()).build();
    }
}
