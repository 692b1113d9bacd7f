package io.switchboard.core.gateway;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.switchboard.core.channel.Channel;

/**
 * {@code switchboard.platform.rate.limited{platform}}: how often a connector's platform answered "too
 * many requests" (read from its {@link PlatformContact}). A connector declares one as a bean; the
 * application's registry binds it.
 */
public final class PlatformContactMetrics implements MeterBinder {

    private final Channel platform;
    private final PlatformContact contact;

    public PlatformContactMetrics(Channel platform, PlatformContact contact) {
        this.platform = platform;
        this.contact = contact;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("switchboard.platform.rate.limited", contact, PlatformContact::rateLimits)
                .description("answers from the platform saying too many requests (HTTP 429, or the"
                        + " platform's own rate-limit code)")
                .tag("platform", platform.key())
                .register(registry);
    }
}
