package io.switchboard.admin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.actuate.health.DefaultHealthContributorRegistry;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.boot.actuate.health.HealthIndicator;

/** The dashboard's connector rows: one per channel, the forum included, with its status. */
class ConnectorHealthTest {

    private final StaticListableBeanFactory beans = new StaticListableBeanFactory();
    private final HealthContributorRegistry registry = new DefaultHealthContributorRegistry();

    @Test
    void theForumAndTheHelpCenterHaveARowAndAreBuiltInWhileTheirGatewaysAreThere() {
        registry.registerContributor("telegram", (HealthIndicator) () -> Health.up().build());
        gateway("forumGateway", Channel.FORUM);
        gateway("helpCenterGateway", Channel.WEB);

        assertThat(health().connectors()).extracting(ConnectorHealth.Entry::channel, ConnectorHealth.Entry::status)
                .containsExactly(
                        tuple(Channel.TELEGRAM, "UP"),
                        tuple(Channel.TWITTER, ConnectorHealth.OFF),
                        tuple(Channel.FACEBOOK, ConnectorHealth.OFF),
                        tuple(Channel.FORUM, ConnectorHealth.BUILT_IN),
                        tuple(Channel.WEB, ConnectorHealth.BUILT_IN),
                        tuple(Channel.EMAIL, ConnectorHealth.OFF),
                        tuple(Channel.WEBCHAT, ConnectorHealth.OFF));
        assertThat(health().connectors().get(3).up()).isTrue();
    }

    @Test
    void withoutTheForumModuleTheForumRowIsOff() {
        assertThat(health().connectors()).filteredOn(entry -> entry.channel() == Channel.FORUM).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.status()).isEqualTo(ConnectorHealth.OFF);
                    assertThat(entry.up()).isFalse();
                });
    }

    @Test
    void aForumHealthEntryWinsOverBuiltIn() {
        registry.registerContributor("forum", (HealthIndicator) () -> Health.down().withDetail("lastError", "disk full").build());
        gateway("forumGateway", Channel.FORUM);

        assertThat(health().connectors()).filteredOn(entry -> entry.channel() == Channel.FORUM).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.status()).isEqualTo("DOWN");
                    assertThat(entry.lastError()).isEqualTo("disk full");
                });
    }

    private void gateway(String name, Channel channel) {
        ChannelGateway gateway = mock(ChannelGateway.class);
        when(gateway.channel()).thenReturn(channel);
        beans.addBean(name, gateway);
    }

    private ConnectorHealth health() {
        beans.addBean("registry", registry);
        return new ConnectorHealth(beans.getBeanProvider(HealthContributorRegistry.class),
                beans.getBeanProvider(ChannelGateway.class));
    }
}
