package io.switchboard.router.reply;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.RouterTestApplication;
import io.switchboard.router.language.Language;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The trust line in the verify module's words. The tests configure no public address of the help center, so the
 * line names the verification page by its path.
 */
@CamelSpringBootTest
@SpringBootTest(classes = RouterTestApplication.class)
class TrustLineTest {

    private static final String TRUST_EN = "Only trust channels listed at /verify";
    private static final String TRUST_ZH = "请只信任 /verify 列出的官方渠道";

    @Autowired
    TrustLine trustLine;

    @ParameterizedTest
    @ValueSource(strings = {"Write to support@novaex.com with your UID.", "Call +86 400-123-4567 (24/7).",
        "拨打 4001234567 联系客服", "Our Hong Kong line: (852) 3001 2345", "See https://novaex.com/help/frozen",
        "Message https://t.me/NovaExSupportBot any time.", "Write to us on x.com/NovaExSupport"})
    void anAnswerThatGivesAContactEndsWithTheTrustLine(String answer) {
        assertThat(trustLine.afterContact(answer, Language.EN)).isEqualTo(answer + "\n\n" + TRUST_EN);
        assertThat(trustLine.afterContact(answer, Language.ZH)).endsWith("\n\n" + TRUST_ZH);
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
                .isEqualTo("I can answer questions.\n\n" + TRUST_EN);
    }
}
