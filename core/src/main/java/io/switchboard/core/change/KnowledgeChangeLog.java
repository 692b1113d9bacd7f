package io.switchboard.core.change;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code knowledge_change} table: one line per change to an article or announcement, written in the
 * transaction of the change (a rolled-back change leaves no line) and stamped with this instance's id, so
 * that the change feed of every other instance ({@code core.knowledge.KnowledgeChangeFeed}) tells its own
 * listeners. A package of its own, beneath both: articles and announcements write it, the feed (beside the
 * articles) reads it and tells of both. A line's time is
 * the database's, so instances whose clocks disagree still agree on how old a line is.
 */
@Component
public class KnowledgeChangeLog {

    /** What changed. */
    public enum Kind {
        ARTICLE,
        ANNOUNCEMENT
    }

    /**
     * One line of the log.
     *
     * @param item the article's key, or the announcement's id
     * @param settled old enough ({@link #SETTLED_AFTER_SECONDS}) that no transaction still open can
     *     commit a line with a smaller id: identities are handed out before commit, so a line may become
     *     visible after lines with larger ids
     */
    public record Change(long id, Kind kind, String item, String instance, boolean settled) {
    }

    public static final int SETTLED_AFTER_SECONDS = 30;
    private static final int KEPT_HOURS = 24;

    private final JdbcTemplate jdbc;
    /** This process's id, new at every start: a restarted instance is another instance. */
    private final String instance = UUID.randomUUID().toString();

    KnowledgeChangeLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Notes a change; joins the caller's transaction, which must be the change's. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Kind kind, String item) {
        jdbc.update("insert into knowledge_change (kind, item, instance_id) values (?, ?, ?)", kind.name(), item,
                instance);
    }

    public boolean madeHere(Change change) {
        return instance.equals(change.instance());
    }

    /** The id of the newest line, 0 when there is none: where a feed starting now begins. */
    public long newest() {
        Long newest = jdbc.queryForObject("select max(id) from knowledge_change", Long.class);
        return newest == null ? 0 : newest;
    }

    /** The lines after {@code id}, in order. */
    public List<Change> after(long id) {
        return jdbc.query("""
                select id, kind, item, instance_id,
                       case when changed_at < current_timestamp - interval '%d' second then true else false end
                from knowledge_change where id > ? order by id""".formatted(SETTLED_AFTER_SECONDS),
                (row, n) -> new Change(row.getLong(1), Kind.valueOf(row.getString(2)), row.getString(3),
                        row.getString(4), row.getBoolean(5)), id);
    }

    /** Forgets the lines of more than a day ago, which every running instance has long read. */
    public void prune() {
        jdbc.update("delete from knowledge_change where changed_at < current_timestamp - interval '%d' hour"
                .formatted(KEPT_HOURS));
    }
}
