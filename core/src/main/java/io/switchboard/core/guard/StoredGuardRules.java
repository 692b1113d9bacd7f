package io.switchboard.core.guard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The guard's rules as managers last saved them: one row, the rules as a JSON document. */
@Entity
@Table(name = "guard_rules")
class StoredGuardRules {

    static final long ID = 1;

    @Id
    private Long id;

    @Column(nullable = false, columnDefinition = "text")
    private String document;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected StoredGuardRules() {
    }

    StoredGuardRules(String document, Instant updatedAt, String updatedBy) {
        this.id = ID;
        replace(document, updatedAt, updatedBy);
    }

    final void replace(String document, Instant updatedAt, String updatedBy) {
        this.document = document;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    String getDocument() {
        return document;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }
}
