package io.switchboard.router.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleText;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The knowledge base that ships: every topic of the list, in Chinese and English, ready to send. */
class DefaultKnowledgeBaseTest {

    /** The 30 topics of the default knowledge base (shared/kb-eval/topics.md). */
    private static final Set<String> TOPICS = Set.of("account-register", "kyc-verify", "kyc-failed", "2fa-setup",
            "2fa-reset", "password-reset", "account-frozen", "account-hacked", "anti-phishing", "deposit-missing",
            "deposit-wrong-network", "withdrawal-pending", "withdrawal-fee", "withdrawal-limit", "fiat-buy",
            "p2p-dispute", "trading-fees", "order-not-filled", "futures-liquidation", "funding-rate", "api-keys",
            "new-listing", "maintenance", "earn-staking", "rewards-campaign", "vip-program", "contact-support",
            "sub-account", "tax-statement", "app-login-problem");

    private static final Set<String> PLACEHOLDERS =
            KnowledgeProperties.defaults().placeholders().keySet();

    private final List<ArticleContent> articles = DefaultKnowledgeBase.load();

    @Test
    void coversEveryTopicOnceInChineseAndEnglish() {
        assertThat(articles).extracting(ArticleContent::key).containsExactlyInAnyOrderElementsOf(TOPICS);
        assertThat(articles).allSatisfy(article -> {
            assertThat(article.variants()).containsKeys("zh", "en");
            assertThat(article.variants().get("zh").body()).containsPattern("\\p{IsHan}{10}");
            assertThat(article.variants().get("en").phrasings()).isNotEmpty();
            assertThat(article.variants().get("zh").phrasings()).isNotEmpty();
        });
    }

    /** The help center files each article in a section of its category and shows a few on its home page. */
    @Test
    void everyArticleHasAHelpCenterSectionAndAFewArePromoted() {
        assertThat(articles).allSatisfy(article -> {
            assertThat(article.section()).as("section of %s", article.key()).isNotBlank();
            assertThat(article.published()).isTrue();
        });
        assertThat(articles).filteredOn(ArticleContent::promoted).extracting(ArticleContent::key)
                .contains("deposit-missing", "withdrawal-pending", "2fa-reset").hasSizeBetween(4, 8);
        assertThat(articles).filteredOn(article -> article.key().equals("futures-liquidation"))
                .singleElement().extracting(ArticleContent::section).isEqualTo("futures");
    }

    @Test
    void bodiesUseOnlyPlaceholdersTheConfigurationFills() {
        Pattern placeholder = Pattern.compile("\\{[A-Za-z]+}");
        for (ArticleContent article : articles) {
            for (ArticleText text : article.variants().values()) {
                Matcher m = placeholder.matcher(text.body());
                while (m.find()) {
                    assertThat(PLACEHOLDERS).as("placeholder in %s", article.key()).contains(m.group());
                }
            }
        }
    }

    @Test
    void aBrokenFileNamesTheArticleAndFieldAtFault() {
        String yaml = """
                articles:
                  - key: Bad Key
                    category: OTHER
                    variants:
                      en: {title: "", body: "text"}
                """;

        assertThatThrownBy(() -> DefaultKnowledgeBase.parse(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yml"))
                .hasMessageContaining("test.yml: article 'Bad Key' is invalid")
                .hasMessageContaining("key must be lower-case letters")
                .hasMessageContaining("variants[en].title must not be blank");
    }

    @Test
    void aKeyTwiceIsRefused() {
        String yaml = """
                articles:
                  - {key: same, category: OTHER, variants: {en: {title: "A", body: "a"}}}
                  - {key: same, category: OTHER, variants: {en: {title: "B", body: "b"}}}
                """;

        assertThatThrownBy(() -> DefaultKnowledgeBase.parse(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yml"))
                .hasMessage("test.yml: article key 'same' appears twice");
    }
}
