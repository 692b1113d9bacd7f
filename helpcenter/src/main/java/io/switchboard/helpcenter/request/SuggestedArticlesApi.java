package io.switchboard.helpcenter.request;

import io.switchboard.core.answer.AnswerEngine;
import io.switchboard.core.answer.AnswerQuery;
import io.switchboard.core.answer.Suggestion;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.knowledge.StoredArticle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/help/articles/suggested?q=}: while a person types their request's subject, the articles
 * the answer engine finds for it, best first, so the form can say "these may answer your question".
 * Published articles only, titled in the reader's language.
 */
@RestController
class SuggestedArticlesApi {

    /** Longer subjects are cut: the form's subject is never longer, and the engine reads the start. */
    private static final int QUERY_LENGTH = 200;

    private final AnswerEngine engine;
    private final KnowledgeBase knowledge;

    SuggestedArticlesApi(AnswerEngine engine, KnowledgeBase knowledge) {
        this.engine = engine;
        this.knowledge = knowledge;
    }

    /** An article offered: its key (recorded with the request if filed anyway), title and page. */
    record SuggestedArticle(String key, String title, String url) {
    }

    @GetMapping("/api/help/articles/suggested")
    List<SuggestedArticle> suggested(@RequestParam(defaultValue = "") String q, Locale locale) {
        String text = q.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        if (text.length() > QUERY_LENGTH) {
            text = text.substring(0, text.offsetByCodePoints(0, text.codePointCount(0, QUERY_LENGTH)));
        }
        String language = locale.getLanguage();
        return engine.decide(new AnswerQuery(text, Channel.WEB, true, language)).suggestions().stream()
                .map(Suggestion::articleKey).distinct()
                .map(knowledge::article).flatMap(Optional::stream)
                .map(StoredArticle::content).filter(ArticleContent::published)
                .limit(RequestFiling.SUGGESTED)
                .map(article -> new SuggestedArticle(article.key(), article.variant(language).title(),
                        "/help/articles/" + article.key()))
                .toList();
    }
}
