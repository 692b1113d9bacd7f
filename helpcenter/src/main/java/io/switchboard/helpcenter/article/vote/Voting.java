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
    private final VoteRateLimit limit;

    Voting(PublishedArticles articles, ArticleVotes votes, VoteRateLimit limit) {
        this.articles = articles;
        this.votes = votes;
        this.limit = limit;
    }

    /**
     * @param visitor who votes, asked only once the vote is accepted (a new visitor is given a cookie)
     * @param address where the vote comes from, for {@link VoteRateLimit}
     * @throws ArticleNotFoundException for an unknown article or a draft: nothing is stored, no cookie set
     * @throws org.springframework.web.server.ResponseStatusException 429 when the address sent too many votes;
     *     likewise
     */
    void vote(String key, Supplier<String> visitor, boolean helpful, String address) {
        if (!articles.isPublished(key)) {
            throw new ArticleNotFoundException(key);
        }
        limit.acquire(address);
        votes.vote(key, visitor.get(), helpful);
    }
}
