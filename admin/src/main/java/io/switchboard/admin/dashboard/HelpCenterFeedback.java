package io.switchboard.admin.dashboard;

import io.switchboard.core.helpcenter.ArticleTally;
import io.switchboard.core.helpcenter.ArticleVotes;
import io.switchboard.core.helpcenter.SearchMiss;
import io.switchboard.core.helpcenter.SearchMisses;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.core.knowledge.KnowledgeBase;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What the help center's readers tell staff about the knowledge base, for the dashboard's two panels: the
 * articles they rated least helpful ({@link ArticleVotes}) and what they searched for without finding
 * anything over the last {@link #WINDOW} ({@link SearchMisses}).
 */
@Service
class HelpCenterFeedback {

    static final Duration WINDOW = Duration.ofDays(30);
    static final int ROWS = 10;

    /**
     * An article some readers said did not help.
     *
     * @param title its title in the reader's language (else English, else any), null once it was deleted
     */
    record Unhelpful(String key, String title, ArticleTally tally) {

        /** The share of "yes" in percent, rounded. */
        public long helpfulPercent() {
            return Math.round(tally.helpfulRatio() * 100);
        }
    }

    private final ArticleVotes votes;
    private final SearchMisses misses;
    private final KnowledgeBase knowledgeBase;
    private final Clock clock;

    HelpCenterFeedback(ArticleVotes votes, SearchMisses misses, KnowledgeBase knowledgeBase, Clock clock) {
        this.votes = votes;
        this.misses = misses;
        this.knowledgeBase = knowledgeBase;
        this.clock = clock;
    }

    /** The {@link #ROWS} articles with the largest share of "no" (at least one), the most votes first among equals. */
    List<Unhelpful> leastHelpful(String language) {
        return votes.tallies().stream()
                .filter(tally -> tally.notHelpful() > 0)
                .limit(ROWS)
                .map(tally -> new Unhelpful(tally.articleKey(), knowledgeBase.article(tally.articleKey())
                        .map(article -> article.content().variant(language)).map(ArticleText::title).orElse(null),
                        tally))
                .toList();
    }

    /** The {@link #ROWS} searches most often without results in the last {@link #WINDOW}. */
    List<SearchMiss> searchMisses() {
        return misses.top(clock.instant().minus(WINDOW), ROWS);
    }
}
