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

    /** Whether members see the article now: false once it is deleted or back to a draft. */
    public boolean live() {
        return article != null && article.published();
    }
}
