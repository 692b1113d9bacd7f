package io.switchboard.web.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.answer.AnswerDecision;
import io.switchboard.core.answer.AnswerEngine;
import io.switchboard.core.answer.AnswerQuery;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class ArticleMarkdownTest {

    private static final AnswerEngine FILLING = new AnswerEngine() {
        @Override
        public AnswerDecision decide(AnswerQuery query) {
            return AnswerDecision.none(List.of());
        }

        @Override
        public String fillIn(String articleText) {
            return articleText.replace("{exchange}", "NovaEx");
        }
    };

    @Test
    void anArticleReadsAsTheBotSendsItWithItsPlaceholdersFilledInAndItsHtmlInert() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("engine", FILLING);
        ArticleMarkdown articles = new ArticleMarkdown(new Markdown(), beans.getBeanProvider(AnswerEngine.class));

        String html = articles.toHtml("Withdrawals at {exchange}:\n1. Open Assets\n2. Tap Withdraw\nStill stuck? Ask us."
                + "\n<script>alert(1)</script>");

        assertThat(html).contains("Withdrawals at NovaEx").contains("<li>Open Assets</li>")
                .doesNotContain("<script>");
        assertThat(html.indexOf("Still stuck?")).as("the list ends where the chat's does")
                .isGreaterThan(html.indexOf("</ol>"));
    }

    @Test
    void withoutAnAnswerEngineThePlaceholdersStayAsWritten() {
        ArticleMarkdown articles = new ArticleMarkdown(new Markdown(),
                new StaticListableBeanFactory().getBeanProvider(AnswerEngine.class));

        assertThat(articles.toHtml("Welcome to {exchange}")).contains("Welcome to {exchange}");
    }
}
