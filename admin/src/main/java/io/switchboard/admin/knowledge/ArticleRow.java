package io.switchboard.admin.knowledge;

import io.switchboard.core.helpcenter.ArticleTally;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.core.knowledge.StoredArticle;

/**
 * One article in the editor's list.
 *
 * @param tally the help center's readers' votes on it, null when nobody voted
 */
record ArticleRow(StoredArticle stored, ArticleTally tally) {

    public ArticleContent content() {
        return stored.content();
    }

    /** The title in {@code language}, or null when the article has no such version. */
    public String title(String language) {
        ArticleText text = stored.content().variants().get(language);
        return text == null ? null : text.title();
    }

    /** The share of "yes, it helped" in percent, rounded down; null without votes. */
    public Integer helpfulPercent() {
        return tally == null || tally.votes() == 0 ? null : (int) (tally.helpfulRatio() * 100);
    }
}
