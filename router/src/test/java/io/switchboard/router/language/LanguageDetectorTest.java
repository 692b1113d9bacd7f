package io.switchboard.router.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    @Test
    void membersOwnLanguageWins() {
        assertThat(LanguageDetector.resolve("zh-hans", "how do I deposit?")).isEqualTo(Language.ZH);
        assertThat(LanguageDetector.resolve("zh-TW", "hello")).isEqualTo(Language.ZH);
        assertThat(LanguageDetector.resolve("en-US", "怎么充值")).isEqualTo(Language.EN);
    }

    @Test
    void languagesWithoutRepliesOfTheirOwnGetEnglish() {
        assertThat(LanguageDetector.resolve("ru", "как пополнить счёт")).isEqualTo(Language.EN);
    }

    @Test
    void withoutMemberLanguageAnyChineseCharacterMeansChinese() {
        assertThat(LanguageDetector.resolve(null, "USDT 充值 not arrived")).isEqualTo(Language.ZH);
        assertThat(LanguageDetector.resolve(" ", "提现")).isEqualTo(Language.ZH);
        assertThat(LanguageDetector.resolve(null, "where is my USDT?")).isEqualTo(Language.EN);
        assertThat(LanguageDetector.resolve(null, "")).isEqualTo(Language.EN);
    }
}
