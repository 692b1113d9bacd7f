package io.switchboard.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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

    private static BenchOptions parse(String... args) {
        List<String> all = new ArrayList<>(FILES);
        all.addAll(List.of(args));
        return BenchOptions.parse(all.toArray(String[]::new));
    }
}
