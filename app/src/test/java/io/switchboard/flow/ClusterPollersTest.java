package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.SwitchboardApplication;
import io.switchboard.testing.x.FakeXServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the application in the {@code cluster} profile on one PostgreSQL schema (the
 * machine's, 127.0.0.1, database {@code test}), each with the X connector on a fake X of its own:
 * the {@code x-mentions} route is started on both, but only the leader's fake is polled, and the
 * other instance takes over when the leader stops. Runs in the {@code cluster} Maven profile only.
 */
class ClusterPollersTest {

    private static final String SCHEMA = "switchboard_cluster_pollers_test";
    private static final Duration SOME_POLLS = Duration.ofSeconds(2);

    private final List<FakeXServer> fakes = List.of(new FakeXServer(), new FakeXServer());
    private ClusterInstances instances;

    @AfterEach
    void stop() throws Exception {
        if (instances != null) {
            instances.close();
        }
        FlowTestSupport.stop(fakes.toArray(AutoCloseable[]::new));
    }

    @Test
    void onlyOneOfTwoInstancesPollsXAndTheOtherTakesOverWhenItStops() throws Exception {
        AtomicInteger started = new AtomicInteger();
        instances = ClusterInstances.start(SCHEMA, 2, () -> start(fakes.get(started.getAndIncrement())));

        await().atMost(Duration.ofSeconds(20)).until(() -> polls(0) + polls(1) > 0);
        int leader = polls(0) > 0 ? 0 : 1;
        int standby = 1 - leader;
        await().during(SOME_POLLS).atMost(SOME_POLLS.plusSeconds(5)).until(() -> polls(standby) == 0);
        assertThat(polls(leader)).as("the leader polls every 200 ms").isGreaterThan(3);
        for (ConfigurableApplicationContext instance : instances.all()) {
            assertThat(instance.getBean(CamelContext.class).getRouteController().getRouteStatus("x-mentions"))
                    .as("the route is started on the standby too; its ticks end at the policy")
                    .isEqualTo(ServiceStatus.Started);
        }

        instances.all().get(leader).close();

        await().atMost(Duration.ofSeconds(20)).until(() -> polls(standby) > 0);
    }

    private int polls(int instance) {
        return fakes.get(instance).mentionRequests().size();
    }

    private static ConfigurableApplicationContext start(FakeXServer x) {
        return new SpringApplicationBuilder(SwitchboardApplication.class)
                .run(ClusterInstances.arguments(SCHEMA, FlowTestSupport.twitterArguments(x)));
    }
}
