package io.switchboard.core.knowledge;

/**
 * Published after an article was created, updated or deleted, so the answer engine can reindex
 * it.
 *
 * @param article the article as it is now, or null when it was deleted
 */
public record ArticleChanged(String key, ArticleContent article) {

    public boolean deleted() {
        return article == null;
    }
}
