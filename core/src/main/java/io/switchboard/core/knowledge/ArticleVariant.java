package io.switchboard.core.knowledge;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** One language of an {@link Article}. */
@Entity
@Table(name = "kb_article_variant")
class ArticleVariant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    @Column(nullable = false, updatable = false)
    private String lang;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @ElementCollection
    @CollectionTable(name = "kb_article_phrasing", joinColumns = @JoinColumn(name = "variant_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    private List<String> phrasings = new ArrayList<>();

    protected ArticleVariant() {
    }

    ArticleVariant(Article article, String lang) {
        this.article = article;
        this.lang = lang;
    }

    void apply(ArticleText text) {
        this.title = text.title();
        this.body = text.body();
        this.phrasings.clear();
        this.phrasings.addAll(text.phrasings());
    }

    ArticleText toText() {
        return new ArticleText(title, body, phrasings);
    }
}
