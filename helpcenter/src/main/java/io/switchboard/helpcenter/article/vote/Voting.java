package io.switchboard.helpcenter.article.vote;

import io.switchboard.core.helpcenter.ArticleVotes;
import io.switchboard.core.knowledge.ArticleNotFoundException;
import io.switchboard.helpcenter.article.PublishedArticles;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/** "Was this helpful?" on a published article: a visitor's second vote replaces the first. */
@Service
class Voting {

    private final PublishedArticles articles;
    private final ArticleVotes votes;

    Voting(PublishedArticles articles, ArticleVotes votes) {
        this.articles = articles;
        this.votes = votes;
    }

    /**
     * @param visitor who votes, asked only once the article is known (a new visitor is given a cookie)
     * @throws ArticleNotFoundException for an unknown article or a draft: nothing is stored, no cookie set
     */
    void vote(String key, Supplier<String> visitor, boolean helpful) {
        if (!articles.isPublished(key)) {
            throw new ArticleNotFoundException(key);
        }
        votes.vote(key, visitor.get(), helpful);
    }
}
