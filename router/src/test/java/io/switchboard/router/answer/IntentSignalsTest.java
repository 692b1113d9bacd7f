package io.switchboard.router.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.router.answer.IntentSignals.Signal;
import org.junit.jupiter.api.Test;

class IntentSignalsTest {

    private final IntentSignals signals = EngineResources.load().signals();

    @Test
    void readsQuestionsHelpAndProblems() {
        assertThat(signals.read("提币卡住了怎么办")).contains(Signal.QUESTION, Signal.PROBLEM);
        assertThat(signals.read("deposit not credited yet, please help")).contains(Signal.PROBLEM, Signal.HELP);
        assertThat(signals.read("how long does kyc take")).containsExactly(Signal.QUESTION);
    }

    @Test
    void latinEntriesMatchWholeWordsOnly() {
        assertThat(signals.read("gm")).containsExactly(Signal.CHATTER);
        assertThat(signals.read("my gmail inbox")).doesNotContain(Signal.CHATTER);
        assertThat(signals.read("kyc通过了lol")).contains(Signal.CHATTER);
    }

    @Test
    void spotsSpamMarketTalkAndOtherPlatforms() {
        assertThat(signals.read("send 0.5 eth to this address and get 1 eth back")).contains(Signal.SPAM);
        assertThat(signals.read("私聊我带你稳赚")).contains(Signal.SPAM);
        assertThat(signals.read("wen moon 🚀")).contains(Signal.MARKET);
        assertThat(signals.read("is kraken down?")).contains(Signal.ELSEWHERE, Signal.QUESTION);
    }
}
