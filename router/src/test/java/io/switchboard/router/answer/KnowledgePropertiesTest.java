package io.switchboard.router.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.announcement.AnnouncementCategory;
import io.switchboard.core.channel.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** {@code switchboard.knowledge.*} binds with its documented defaults and refuses nonsense at start-up. */
class KnowledgePropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(KnowledgeProperties.class)
    static class PropertiesOnly {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(PropertiesOnly.class);

    @Test
    void defaultsMatchThePlainJavaDefaults() {
        runner.run(context -> assertThat(context.getBean(KnowledgeProperties.class))
                .isEqualTo(KnowledgeProperties.defaults()));
    }

    @Test
    void bindsPerChannelThresholdsPlaceholdersAndAnnouncementTopics() {
        runner.withPropertyValues(
                        "switchboard.knowledge.thresholds.public-chat=0.7",
                        "switchboard.knowledge.thresholds.channels.twitter.public-chat=0.9",
                        "switchboard.knowledge.exchange-name=Acme Exchange",
                        "switchboard.knowledge.announcement-topics.risk-warning=anti-phishing")
                .run(context -> {
                    KnowledgeProperties properties = context.getBean(KnowledgeProperties.class);
                    assertThat(properties.thresholds().of(Channel.TWITTER, false)).isEqualTo(0.9);
                    assertThat(properties.thresholds().of(Channel.TWITTER, true)).isEqualTo(0.60);
                    assertThat(properties.thresholds().of(Channel.FORUM, false)).isEqualTo(0.7);
                    assertThat(properties.placeholders()).containsEntry("{exchange}", "Acme Exchange");
                    assertThat(properties.coversTopic(AnnouncementCategory.RISK_WARNING, "anti-phishing")).isTrue();
                    assertThat(properties.coversTopic(AnnouncementCategory.MAINTENANCE, "maintenance")).isTrue();
                });
    }

    @Test
    void aThresholdOutsideZeroToOneStopsStartUp() {
        runner.withPropertyValues("switchboard.knowledge.thresholds.private-chat=1.5")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("switchboard.knowledge.thresholds.privateChat"));
    }
}
