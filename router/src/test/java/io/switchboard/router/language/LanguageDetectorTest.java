package io.switchboard.router.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    /** Issue 11: a Chinese question from a member whose forum account is in English got an English answer. */
    @Test
    void theLanguageOfAClearQuestionWinsOverTheMembersSetting() {
        assertThat(LanguageDetector.resolve("en-US", "我的XRP充值怎么一直不到账，是在维护吗")).isEqualTo(Language.ZH);
        assertThat(LanguageDetector.resolve("en", "我的帳戶被凍結了")).isEqualTo(Language.ZH);
        assertThat(LanguageDetector.resolve("zh-hans", "how do I deposit?")).isEqualTo(Language.EN);
        assertThat(LanguageDetector.resolve("zh", "@NovaEx my USDT TRC20 withdrawal is pending, tx 0x9b2e44c1a0f3"))
                .isEqualTo(Language.EN);
    }

    @Test
    void mixedOrShortTextIsAnsweredInTheMembersLanguage() {
        assertThat(LanguageDetector.resolve("en", "my 提现 is stuck")).isEqualTo(Language.EN);
        assertThat(LanguageDetector.resolve("zh-CN", "my 提现 is stuck")).isEqualTo(Language.ZH);
        assertThat(LanguageDetector.resolve("zh-TW", "hello")).isEqualTo(Language.ZH);
        assertThat(LanguageDetector.resolve("en", "早")).isEqualTo(Language.EN);
        assertThat(LanguageDetector.resolve("zh", "🚀🚀🚀")).isEqualTo(Language.ZH);
    }

    @Test
    void languagesWithoutRepliesOfTheirOwnGetEnglish() {
        assertThat(LanguageDetector.resolve("ru", "как пополнить счёт")).isEqualTo(Language.EN);
    }

    @Test
    void withoutMemberLanguageTheMainScriptDecides() {
        assertThat(LanguageDetector.resolve(null, "API key怎么创建")).isEqualTo(Language.ZH);
        assertThat(LanguageDetector.resolve(null, "USDT 提现 pending")).isEqualTo(Language.ZH);
        assertThat(LanguageDetector.resolve(" ", "提现")).isEqualTo(Language.ZH);
        assertThat(LanguageDetector.resolve(null, "my 提现 is stuck for hours")).isEqualTo(Language.EN);
        assertThat(LanguageDetector.resolve(null, "where is my USDT?")).isEqualTo(Language.EN);
        assertThat(LanguageDetector.resolve(null, "")).isEqualTo(Language.EN);
    }
}
