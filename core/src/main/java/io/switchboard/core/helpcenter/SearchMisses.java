package io.switchboard.core.helpcenter;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches in the help center that found nothing: what the knowledge base is missing, listed for staff
 * by how often people asked. Queries are grouped by their text folded to lower case with runs of spaces
 * as one, so "Withdraw  fee" and "withdraw fee" count together.
 */
@Service
public class SearchMisses {

    /** Longer queries are kept cut: a pasted paragraph is not a search term. */
    public static final int QUERY_LENGTH = 200;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SearchMisses(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void record(String query, String language) {
        String kept = cut(query.strip());
        if (kept.isEmpty()) {
            return;
        }
        jdbc.update("insert into help_search_miss (query_text, query_key, lang, searched_at) values (?, ?, ?, ?)",
                kept, key(kept), language, Timestamp.from(clock.instant()));
    }

    /** The most frequent queries without results since {@code since}, most frequent first. */
    @Transactional(readOnly = true)
    public List<SearchMiss> top(Instant since, int limit) {
        return jdbc.query("""
                select query_key, max(query_text), count(*), max(searched_at) from help_search_miss
                where searched_at >= ? group by query_key order by count(*) desc, max(searched_at) desc limit ?""",
                (row, n) -> new SearchMiss(row.getString(2), row.getInt(3), row.getTimestamp(4).toInstant()),
                Timestamp.from(since), limit);
    }

    private static String key(String query) {
        return query.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String cut(String query) {
        return query.length() <= QUERY_LENGTH ? query : query.substring(0, QUERY_LENGTH);
    }
}
