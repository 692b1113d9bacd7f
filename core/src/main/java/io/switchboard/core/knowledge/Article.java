package io.switchboard.core.knowledge;

import io.switchboard.core.ticket.TicketCategory;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A knowledge-base article in the database; edited through {@link KnowledgeBase}, never directly. */
@Entity
@Table(name = "kb_article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_key", nullable = false, unique = true, updatable = false)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketCategory category;

    @ElementCollection
    @CollectionTable(name = "kb_article_tag", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag", nullable = false)
    private List<String> tags = new ArrayList<>();

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @MapKey(name = "lang")
    private Map<String, ArticleVariant> variants = new HashMap<>();

    /** The help center's section within the category; null for the category's general section. */
    private String section;

    @Column(nullable = false)
    private boolean promoted;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ArticleStatus status;

    /** +1 on every change of the key's history; the revision table records each one. */
    @Column(nullable = false)
    private int version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected Article() {
    }

    /** {@code version} continues the history of a key that was deleted and created again. */
    Article(ArticleContent content, int version, String by, Instant at) {
        this.key = content.key();
        this.version = version;
        this.createdAt = at;
        this.createdBy = by;
        apply(content, by, at);
    }

    void revise(ArticleContent content, String by, Instant at) {
        this.version++;
        apply(content, by, at);
    }

    private void apply(ArticleContent content, String by, Instant at) {
        this.category = content.category();
        this.section = content.section();
        this.promoted = content.promoted();
        this.status = content.status();
        this.tags.clear();
        this.tags.addAll(content.tags());
        // Update variants in place: Hibernate inserts before it deletes, so replacing a variant
        // with a new row for the same language would trip the (article, lang) unique key.
        variants.keySet().retainAll(content.variants().keySet());
        content.variants().forEach((lang, text) -> variants
                .computeIfAbsent(lang, l -> new ArticleVariant(this, l))
                .apply(text));
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public ArticleContent toContent() {
        Map<String, ArticleText> texts = new TreeMap<>();
        variants.forEach((lang, variant) -> texts.put(lang, variant.toText()));
        return new ArticleContent(key, category, tags, texts, section, promoted, status);
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public TicketCategory getCategory() {
        return category;
    }

    public int getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
