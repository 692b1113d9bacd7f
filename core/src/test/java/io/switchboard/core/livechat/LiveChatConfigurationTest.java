package io.switchboard.core.livechat;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.cluster.ClusterConfiguration;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class LiveChatConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    JdbcTemplateAutoConfiguration.class))
            .withUserConfiguration(ClusterConfiguration.class, LiveChatConfiguration.class)
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:chat-signals;MODE=PostgreSQL");

    @Test
    void oneProcessTellsItsSignalsInMemory() {
        context.run(app -> assertThat(app.getBean(ChatSignals.class)).isInstanceOf(LocalChatSignals.class));
    }

    @Test
    void signalsThroughPostgresOnAnotherDatabaseStopStartUpSayingWhy() {
        context.withPropertyValues("switchboard.cluster.chat-signals=postgres").run(app -> assertThat(app).hasFailed()
                .getFailure().rootCause().hasMessageContaining("switchboard.cluster.chat-signals=postgres")
                .hasMessageContaining("jdbc:h2:...").hasMessageNotContaining("mem:chat-signals"));
    }

    @Test
    void theLargestSignalFitsInANotificationAndComesBackWhole() {
        ChatSignal largest = ChatSignal.read("u:" + "名".repeat(138), ChatSignal.Party.AGENT, "名".repeat(200),
                Long.MAX_VALUE);

        String payload = PostgresChatSignals.payload(largest);

        assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isLessThan(8000);
        assertThat(PostgresChatSignals.parse(payload)).isEqualTo(largest);
    }

    @Test
    void anotherProgramsNotificationOnTheChannelIsIgnored() {
        assertThat(PostgresChatSignals.parse("reindex done")).isNull();
        assertThat(PostgresChatSignals.parse("{\"type\":\"FRAME\"}")).as("no conversation").isNull();
    }
}
