package io.switchboard.core.audit;

import java.util.Objects;

/**
 * What a staff action was done to: a type ({@code ticket}, {@code agent}, {@code account},
 * {@code forum-post}...) and the id staff know it by ({@code T-12}, {@code dana}, {@code 42}).
 */
public record AuditTarget(String type, String id) {

    public AuditTarget {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static AuditTarget of(String type, Object id) {
        return new AuditTarget(type, String.valueOf(id));
    }
}
