package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With no connector configured, no platform's route exists; the forum's and the knowledge base's run. */
@SpringBootTest
class IntakeRoutesOffFlowTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FlowTestSupport.database(registry, "intake-routes-off");
    }

    @Autowired
    CamelContext camel;

    @Test
    void aConnectorThatIsOffHasNoRoute() {
        assertThat(camel.getRoute("telegram-setup")).isNull();
        assertThat(camel.getRoute("telegram-updates")).isNull();
        assertThat(camel.getRoute("x-mentions")).isNull();
        assertThat(camel.getRouteController().getRouteStatus("forum-handoff")).isEqualTo(ServiceStatus.Started);
        assertThat(camel.getRouteController().getRouteStatus("knowledge-index")).isEqualTo(ServiceStatus.Started);
        assertThat(camel.getRouteController().getRouteStatus("knowledge-feed")).isEqualTo(ServiceStatus.Started);
    }
}
