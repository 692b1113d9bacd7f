package io.switchboard.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A poller's route on a standby instance ticks but never runs its cycle, and runs it once it leads. */
class PollerLeadershipPolicyTest {

    private static final long TICK_MS = 20;

    private final AtomicBoolean leads = new AtomicBoolean();
    private final AtomicInteger asked = new AtomicInteger();
    private final AtomicInteger cycles = new AtomicInteger();
    private final CamelContext camel = new DefaultCamelContext();

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void onlyTheLeaderRunsTheCycleAndAStandbyTakesOver() throws Exception {
        PollerLeadership leadership = poller -> {
            asked.incrementAndGet();
            return "test-poller".equals(poller) && leads.get();
        };
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("scheduler:test-poller?greedy=true&initialDelay=0&delay=" + TICK_MS).routeId("test-poller")
                        .routePolicy(new PollerLeadershipPolicy(leadership, "test-poller"))
                        .process(exchange -> cycles.incrementAndGet());
            }
        });
        camel.start();

        Thread.sleep(Duration.ofMillis(TICK_MS * 10).toMillis());
        assertThat(cycles).as("a standby never runs the cycle").hasValue(0);
        assertThat(asked.get()).as("a standby asks once per tick, not in a busy loop")
                .isPositive().isLessThan(30);
        assertThat(camel.getRouteController().getRouteStatus("test-poller")).isEqualTo(ServiceStatus.Started);

        leads.set(true);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (cycles.get() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(TICK_MS);
        }
        assertThat(cycles.get()).as("the new leader runs the cycle").isPositive();
    }
}
