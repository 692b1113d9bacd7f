package io.switchboard.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.json.StoredJson;
import io.switchboard.core.text.ColumnText;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff audit log: who did what to which target, when, and the state before and after. The
 * services that change things call {@link #record} themselves, where the values before and after
 * are known, inside the change's own transaction: a change that fails leaves no line, and a line
 * never describes a change that did not happen. Staff API and console meet in those services, so
 * both are recorded alike.
 */
@Service
@Transactional
public class StaffAudit {

    /** The actor of what Switchboard does by itself. */
    public static final String SYSTEM = "system";

    static final int ACTOR_LENGTH = 64;
    static final int REASON_LENGTH = 500;
    /** Before and after are summaries: a few fields, not whole documents. */
    static final int STATE_LENGTH = 2000;

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"));
    private final StaffAuditRepository entries;
    private final Clock clock;
    /** States are stored: the log's format must not follow the web layer's settings ({@link StoredJson}). */
    private final ObjectMapper states;

    StaffAudit(StaffAuditRepository entries, Clock clock, ObjectMapper json) {
        this.entries = entries;
        this.clock = clock;
        this.states = StoredJson.mapper(json);
    }

    /**
     * @param before the state before (a text as it is, anything else as compact JSON), or null
     * @param after the state after, the same way, or null
     */
    public void record(String actor, String action, AuditTarget target, Object before, Object after) {
        record(actor, action, target, null, before, after);
    }

    /** @param reason why, as the actor gave it, or null */
    public void record(String actor, String action, AuditTarget target, String reason, Object before, Object after) {
        entries.save(new StaffAuditEntry(clock.instant(), ColumnText.fit(actor, ACTOR_LENGTH), action, target,
                ColumnText.fit(reason, REASON_LENGTH), ColumnText.fit(text(before), STATE_LENGTH),
                ColumnText.fit(text(after), STATE_LENGTH)));
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public Page<StaffAuditEntry> search(AuditQuery query, int page, int size) {
        Pageable pageable = PageRequest.of(page, size, NEWEST_FIRST);
        return entries.findAll(matching(query), pageable);
    }

    /**
     * A state of a few named values, in the order given and keeping nulls ("no assignee"), for
     * {@link #record}: {@code state("status", "NEW", "assignee", null)}.
     */
    public static Map<String, Object> state(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("a state is pairs of a name and a value");
        }
        Map<String, Object> state = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            state.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return state;
    }

    private static Specification<StaffAuditEntry> matching(AuditQuery query) {
        return (root, criteria, builder) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (query.actor() != null) {
                predicates.add(builder.equal(builder.lower(root.get("actor")), query.actor().toLowerCase(Locale.ROOT)));
            }
            if (query.action() != null) {
                predicates.add(builder.or(builder.equal(root.get("action"), query.action()),
                        builder.like(root.get("action"), escapeLike(query.action()) + ".%", '\\')));
            }
            if (query.targetType() != null) {
                predicates.add(builder.equal(root.get("targetType"), query.targetType()));
            }
            if (query.targetId() != null) {
                predicates.add(builder.equal(root.get("targetId"), query.targetId()));
            }
            if (query.from() != null) {
                predicates.add(builder.greaterThanOrEqualTo(root.get("at"), query.from()));
            }
            if (query.to() != null) {
                predicates.add(builder.lessThan(root.get("at"), query.to()));
            }
            return builder.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private String text(Object state) {
        if (state == null || state instanceof String) {
            return (String) state;
        }
        try {
            return states.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write an audit state of " + state.getClass().getSimpleName(), e);
        }
    }
}
