package io.switchboard.connector.facebook;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.gateway.ChannelGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Until a page is configured the connector adds nothing to the application, not even a health entry. */
class FacebookConnectorOffTest {

    @Configuration(proxyBeanMethods = false)
    @ComponentScan("io.switchboard.connector.facebook")
    @EnableConfigurationProperties(FacebookProperties.class)
    static class Connector {
    }

    private final ApplicationContextRunner application = new ApplicationContextRunner()
            .withUserConfiguration(Connector.class);

    @Test
    void withoutAPageAccessTokenTheConnectorIsOff() {
        application.run(FacebookConnectorOffTest::assertNothingFromFacebook);
    }

    @Test
    void anEmptyPageAccessTokenCountsAsNone() {
        application.withPropertyValues("switchboard.facebook.page-access-token= ")
                .run(FacebookConnectorOffTest::assertNothingFromFacebook);
    }

    private static void assertNothingFromFacebook(AssertableApplicationContext context) {
        assertThat(context).hasNotFailed()
                .doesNotHaveBean(ChannelGateway.class)
                .doesNotHaveBean(MessagingWindow.class)
                .doesNotHaveBean(HealthIndicator.class)
                .doesNotHaveBean("facebookWebhookController");
    }
}
