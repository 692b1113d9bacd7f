package io.switchboard.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The command line as an operator types it; the tests run in bench/, the defaults name files from the root. */
class BenchOptionsTest {

    private static final List<String> FILES = List.of(
            "--messages=../eval/src/test/resources/knowledge/eval-set.jsonl",
            "--guard-set=../eval/src/test/resources/guard/eval-set.jsonl",
            "--guard-rules=../eval/src/test/resources/guard/rules.yml");

    @Test
    void theLiveChatSeriesKeepsFiveHundredWidgetsOpenUnlessTold() {
        BenchOptions options = parse("--series=webchat");

        assertThat(options.series()).isEqualTo(Set.of(Series.WEBCHAT));
        assertThat(options.chatConnections()).isEqualTo(500);
        assertThat(options.chatSample()).isEqualTo(20);
        assertThat(Series.WEBCHAT.needsApplication()).isTrue();
    }

    @Test
    void connectionsAndSampleAreTheOperatorsToChoose() {
        BenchOptions options = parse("--chat-connections=2000", "--chat-sample=100");

        assertThat(options.chatConnections()).isEqualTo(2000);
        assertThat(options.chatSample()).isEqualTo(100);
        assertThat(options.series()).as("all series by default").contains(Series.WEBCHAT, Series.EMAIL);
    }

    @Test
    void aSampleLargerThanTheConnectionsIsRefusedNamingBoth() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--chat-connections=10", "--chat-sample=11"))
                .withMessageContaining("--chat-sample (11)").withMessageContaining("--chat-connections (10)");
    }

    @Test
    void noConnectionsOrNotANumberIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--chat-connections=0"))
                .withMessage("--chat-connections must be at least 1");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--chat-connections=many"))
                .withMessageContaining("--chat-connections must be a whole number");
    }

    @Test
    void theOpenLoopRunsOnlyWhenNamedAtTheIssuesRatesOnEveryTarget() {
        assertThat(parse().series()).as("all leaves the open loop out: it takes tens of minutes")
                .doesNotContain(Series.OPENLOOP);

        OpenLoopOptions openLoop = parse("--series=openloop").openLoop();

        assertThat(openLoop.rates()).containsExactly(100, 250, 500, 1000);
        assertThat(openLoop.perRate()).isEqualTo(Duration.ofSeconds(30));
        assertThat(openLoop.targets()).containsExactly(OpenLoopTarget.H2, OpenLoopTarget.POSTGRES,
                OpenLoopTarget.POSTGRES2);
        assertThat(openLoop.burst()).isEqualTo(10_000);
        assertThat(openLoop.memoryMessages()).isEqualTo(100_000);
    }

    @Test
    void theOpenLoopsRatesAndTargetsAreTheOperatorsToChoose() {
        OpenLoopOptions openLoop = parse("--openloop-rates=50, 2000", "--openloop-seconds=5",
                "--openloop-targets=postgres2,h2", "--openloop-memory=0").openLoop();

        assertThat(openLoop.rates()).containsExactly(50, 2000);
        assertThat(openLoop.perRate()).isEqualTo(Duration.ofSeconds(5));
        assertThat(openLoop.targets()).containsExactly(OpenLoopTarget.POSTGRES2, OpenLoopTarget.H2);
        assertThat(OpenLoopTarget.POSTGRES2.instances).isEqualTo(2);
        assertThat(openLoop.memoryMessages()).isZero();
    }

    @Test
    void aWrongRateTargetOrMemoryCountIsRefusedNamingTheOption() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--openloop-rates=100,fast"))
                .withMessageContaining("--openloop-rates");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--openloop-rates=0"))
                .withMessageContaining("--openloop-rates");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--openloop-targets=h2,mysql"))
                .withMessageContaining("no target 'mysql'");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--openloop-memory=1234"))
                .withMessageContaining("multiple of 10");
    }

    private static BenchOptions parse(String... args) {
        List<String> all = new ArrayList<>(FILES);
        all.addAll(List.of(args));
        return BenchOptions.parse(all.toArray(String[]::new));
    }
}
