package io.switchboard.core.knowledge;

import java.time.Instant;

/**
 * An article as stored: its content and where it is in its history.
 *
 * @param version the version of the last change; revisions carry the same numbers
 */
public record StoredArticle(ArticleContent content, int version, Instant updatedAt, String updatedBy) {

    static StoredArticle of(Article article) {
        return new StoredArticle(article.toContent(), article.getVersion(), article.getUpdatedAt(),
                article.getUpdatedBy());
    }
}
