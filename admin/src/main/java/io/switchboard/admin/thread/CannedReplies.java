package io.switchboard.admin.thread;

import io.switchboard.core.answer.AnswerEngine;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.core.knowledge.KnowledgeBase;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Knowledge-base articles as canned replies: each in the thread's language (else English), with its
 * placeholders filled in as in the bot's answers, found by words in its key, tags, title or text.
 * The knowledge base holds a few hundred articles at most, so a search reads them all.
 */
@Component
public class CannedReplies {

    /** Enough to pick from on a phone. */
    static final int MAX_RESULTS = 8;

    private final KnowledgeBase knowledgeBase;
    private final AnswerEngine engine;

    CannedReplies(KnowledgeBase knowledgeBase, AnswerEngine engine) {
        this.knowledgeBase = knowledgeBase;
        this.engine = engine;
    }

    /**
     * Articles that have a variant in {@code language} (any article when the thread's language is
     * unknown) and hold {@code search}, ignoring case.
     */
    public List<CannedReply> search(String language, String search) {
        String words = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return knowledgeBase.articles().stream()
                .map(stored -> stored.content())
                .filter(article -> language == null || article.variants().containsKey(language))
                .filter(article -> words.isEmpty() || searchable(article, language).contains(words))
                .limit(MAX_RESULTS)
                .map(article -> reply(article, language, null, null))
                .toList();
    }

    Optional<CannedReply> find(String key, String language, Double confidence, Confidence band) {
        return knowledgeBase.article(key).map(stored -> reply(stored.content(), language, confidence, band));
    }

    private static String searchable(ArticleContent article, String language) {
        ArticleText text = variant(article, language);
        return String.join("\n", article.key(), String.join(" ", article.tags()), text.title(), text.body())
                .toLowerCase(Locale.ROOT);
    }

    /** The text as the bot would send it, placeholders filled in. */
    private CannedReply reply(ArticleContent article, String language, Double confidence, Confidence band) {
        ArticleText text = variant(article, language);
        return new CannedReply(article.key(), text.title(), engine.fillIn(text.body()), confidence, band);
    }

    private static ArticleText variant(ArticleContent article, String language) {
        return article.variant(language == null ? "en" : language);
    }
}
