package io.switchboard.core.helpcenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.switchboard.core.testing.StoppedClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What the help center's readers tell staff, on the real schema (Flyway on H2): one vote per visitor per
 * article, tallied least helpful first, and searches that found nothing, grouped and windowed.
 */
@JdbcTest(properties = "spring.datasource.url=jdbc:h2:mem:helpfeedback;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ArticleVotes.class, SearchMisses.class})
class HelpCenterFeedbackTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class JdbcApp {

        @Bean
        StoppedClock clock() {
            return new StoppedClock(NOW);
        }
    }

    @Autowired
    ArticleVotes votes;

    @Autowired
    SearchMisses misses;

    @Autowired
    StoppedClock clock;

    @Test
    void aVisitorHasOneVotePerArticleAndASecondVoteReplacesTheFirst() {
        votes.vote("fees", "visitor-a", false);
        votes.vote("fees", "visitor-a", true);
        votes.vote("fees", "visitor-b", false);
        votes.vote("other-article", "visitor-a", false);

        assertThat(votes.voteOf("fees", "visitor-a")).contains(true);
        assertThat(votes.voteOf("fees", "visitor-c")).isEmpty();
        assertThat(votes.tally("fees")).isEqualTo(new ArticleTally("fees", 1, 1));
        assertThat(votes.tally("never-voted")).isEqualTo(new ArticleTally("never-voted", 0, 0));
        assertThat(votes.tally("never-voted").helpfulRatio()).isEqualTo(1.0);
    }

    @Test
    void talliesListTheLeastHelpfulFirstThenTheMostVotedAmongEquals() {
        vote("mostly-helpful", 3, 1);
        vote("unhelpful-few", 0, 1);
        vote("unhelpful-many", 0, 3);
        vote("half", 2, 2);

        assertThat(votes.tallies()).extracting(ArticleTally::articleKey, ArticleTally::helpful, ArticleTally::notHelpful)
                .startsWith(tuple("unhelpful-many", 0, 3), tuple("unhelpful-few", 0, 1), tuple("half", 2, 2),
                        tuple("mostly-helpful", 3, 1));
    }

    @Test
    void missesAreGroupedByTheirFoldedTextMostFrequentFirstWithinTheWindow() {
        misses.record("old miss", "en");
        clock.advance(Duration.ofDays(31));
        misses.record("  Staking   APR ", "en");
        misses.record("staking apr", "en");
        misses.record("质押收益", "zh");
        clock.advance(Duration.ofMinutes(5));
        misses.record("STAKING APR", "en");
        misses.record("   ", "en");
        misses.record("x".repeat(SearchMisses.QUERY_LENGTH + 50), "en");

        assertThat(misses.top(clock.instant().minus(Duration.ofDays(30)), 10))
                .extracting(SearchMiss::count, SearchMiss::lastSearchedAt)
                .startsWith(tuple(3, clock.instant()));
        assertThat(misses.top(clock.instant().minus(Duration.ofDays(30)), 10)).extracting(SearchMiss::query)
                .hasSize(3).contains("质押收益", "x".repeat(SearchMisses.QUERY_LENGTH)).doesNotContain("old miss")
                .first().asString().containsIgnoringCase("staking").doesNotContain("  ");
        assertThat(misses.top(clock.instant().minus(Duration.ofDays(30)), 1)).hasSize(1);
    }

    private void vote(String article, int yes, int no) {
        for (int i = 0; i < yes; i++) {
            votes.vote(article, article + "-yes-" + i, true);
        }
        for (int i = 0; i < no; i++) {
            votes.vote(article, article + "-no-" + i, false);
        }
    }
}
