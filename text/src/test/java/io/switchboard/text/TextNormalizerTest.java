package io.switchboard.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = TextNormalizer.fromRules(TermReader.read("misspellings.txt"));

    @Test
    void foldsTraditionalChineseFullWidthAndCase() {
        assertThat(normalizer.normalize("帳號被凍結了ＫＹＣ")).isEqualTo("账号被冻结了kyc");
    }

    @Test
    void fixesMisspellingsChineseAnywhereLatinAsWholeWords() {
        assertThat(normalizer.normalize("体现没到帐")).isEqualTo("提现没到账");
        assertThat(normalizer.normalize("冲币了")).isEqualTo("充币了");
        assertThat(normalizer.normalize("My Withdrawl is late")).isEqualTo("my withdrawal is late");
        assertThat(normalizer.normalize("withdrawls")).isEqualTo("withdrawals");
    }

    @Test
    void dropsLinksMentionsAndTransactionHashes() {
        assertThat(normalizer.normalize("@NovaEx deposit tx 0xd352a146f7c0801f1f122ddde77d23a3d519cbfbe46e2d3258cd94b83dd73578 see https://etherscan.io/tx/1").strip())
                .isEqualTo("deposit tx   see");
    }

    @Test
    void aMalformedRuleIsRefusedWithTheLine() {
        assertThatThrownBy(() -> TextNormalizer.fromRules("体现 提现")).hasMessageContaining("体现 提现");
    }
}
