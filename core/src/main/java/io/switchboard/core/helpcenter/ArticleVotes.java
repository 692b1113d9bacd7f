package io.switchboard.core.helpcenter;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Was this helpful?" under the help center's articles: one vote per visitor per article (a second vote
 * replaces the first), counted for staff, who see which articles leave readers without an answer. A
 * visitor is whoever the help center says it is (an account, or a cookie's random id), never an address.
 */
@Service
public class ArticleVotes {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ArticleVotes(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records or replaces {@code visitor}'s vote on the article. */
    @Transactional
    public void vote(String articleKey, String visitor, boolean helpful) {
        java.sql.Timestamp at = java.sql.Timestamp.from(clock.instant());
        String update = "update kb_article_vote set helpful = ?, voted_at = ? where article_key = ? and visitor = ?";
        if (jdbc.update(update, helpful, at, articleKey, visitor) > 0) {
            return;
        }
        try {
            jdbc.update("insert into kb_article_vote (article_key, visitor, helpful, voted_at) values (?, ?, ?, ?)",
                    articleKey, visitor, helpful, at);
        } catch (DuplicateKeyException concurrentFirstVote) {
            jdbc.update(update, helpful, at, articleKey, visitor);
        }
    }

    /** What {@code visitor} said of the article, if anything. */
    @Transactional(readOnly = true)
    public Optional<Boolean> voteOf(String articleKey, String visitor) {
        return jdbc.query("select helpful from kb_article_vote where article_key = ? and visitor = ?",
                (row, n) -> row.getBoolean(1), articleKey, visitor).stream().findFirst();
    }

    /** Every voted article's counts, the least helpful (by share of "no", then by votes) first. */
    @Transactional(readOnly = true)
    public List<ArticleTally> tallies() {
        return jdbc.query("""
                select article_key,
                       sum(case when helpful then 1 else 0 end) as yes,
                       sum(case when helpful then 0 else 1 end) as no
                from kb_article_vote group by article_key""",
                        (row, n) -> new ArticleTally(row.getString(1), row.getInt(2), row.getInt(3)))
                .stream().sorted(ArticleTally.LEAST_HELPFUL_FIRST).toList();
    }

    /** The counts of one article. */
    @Transactional(readOnly = true)
    public ArticleTally tally(String articleKey) {
        return jdbc.query("""
                select sum(case when helpful then 1 else 0 end), sum(case when helpful then 0 else 1 end)
                from kb_article_vote where article_key = ?""",
                (row, n) -> new ArticleTally(articleKey, row.getInt(1), row.getInt(2)), articleKey).get(0);
    }
}
