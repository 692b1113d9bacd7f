package io.switchboard.router.reply;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.router.language.Language;
import io.switchboard.router.testing.TestWording;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TrustLineTest {

    private final TrustLine trustLine = new TrustLine(new TestWording());

    @ParameterizedTest
    @ValueSource(strings = {"Write to support@novaex.com with your UID.", "Call +86 400-123-4567 (24/7).",
        "拨打 4001234567 联系客服", "Our Hong Kong line: (852) 3001 2345", "See https://novaex.com/help/frozen",
        "Message https://t.me/NovaExSupportBot any time.", "Write to us on x.com/NovaExSupport"})
    void anAnswerThatGivesAContactEndsWithTheTrustLine(String answer) {
        assertThat(trustLine.afterContact(answer, Language.EN)).isEqualTo(answer + "\n\n" + TestWording.TRUST_EN);
        assertThat(trustLine.afterContact(answer, Language.ZH)).endsWith("\n\n" + TestWording.TRUST_ZH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Deposits are credited after 12 network confirmations.", "充值在 12 个网络确认后到账。",
        "Withdrawals above 50,000 USDT are reviewed on 2024-05-01.", "Fees are 0.1% per trade.",
        "Log in at https://www.novaex.com and open Assets.", "News: https://www.novaex.com/announcements"})
    void anAnswerWithoutAContactStaysAsItIs(String answer) {
        assertThat(trustLine.afterContact(answer, Language.EN)).isEqualTo(answer);
    }

    @Test
    void theHelpTextAlwaysEndsWithIt() {
        assertThat(trustLine.after("I can answer questions.", Language.EN))
                .isEqualTo("I can answer questions.\n\n" + TestWording.TRUST_EN);
    }
}
