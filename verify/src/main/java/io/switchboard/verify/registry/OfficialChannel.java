package io.switchboard.verify.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A stored registry entry; see {@link OfficialEntry} for what each field holds. */
@Entity
@Table(name = "official_channel")
class OfficialChannel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OfficialKind kind;

    @Column(nullable = false)
    private String normalized;

    @Column(nullable = false)
    private String display;

    @Column(nullable = false)
    private String label;

    @Column(name = "staff_name")
    private String staffName;

    private String region;

    private String hours;

    /** Comma-separated language codes. */
    private String languages;

    private String purpose;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected OfficialChannel() {
    }

    OfficialChannel(ValidEntry entry, Instant at, String by) {
        apply(entry, at, by);
    }

    final void apply(ValidEntry entry, Instant at, String by) {
        this.kind = entry.kind();
        this.normalized = entry.value();
        this.display = entry.display();
        this.label = entry.label();
        this.staffName = entry.staffName();
        this.region = entry.region();
        this.hours = entry.hours();
        this.languages = entry.languages().isEmpty() ? null : String.join(",", entry.languages());
        this.purpose = entry.purpose();
        this.updatedAt = at;
        this.updatedBy = by;
    }

    OfficialEntry toEntry() {
        List<String> codes = languages == null ? List.of() : Arrays.asList(languages.split(","));
        return new OfficialEntry(id, kind, normalized, display, label, staffName, region, hours, codes, purpose, updatedAt,
                updatedBy);
    }

    Long getId() {
        return id;
    }
}
