package io.switchboard.router.config;

import jakarta.validation.constraints.NotBlank;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where new tickets are announced ({@code switchboard.tickets.*}).
 *
 * @param queueUri a Camel endpoint URI each new ticket is published to as a small JSON event; the
 *     default is in-process, the {@code cluster} profile points it at RabbitMQ
 */
@Validated
@ConfigurationProperties("switchboard.tickets")
public record TicketsProperties(@NotBlank @DefaultValue("seda:tickets") String queueUri) {

    /**
     * True for endpoints inside this JVM: nobody else can read them, so Switchboard consumes them
     * itself (and logs each ticket) rather than let them fill up.
     */
    public boolean inProcess() {
        String scheme = queueUri.substring(0, Math.max(0, queueUri.indexOf(':'))).toLowerCase(Locale.ROOT);
        return scheme.equals("seda") || scheme.equals("direct") || scheme.equals("vm");
    }
}
