package io.switchboard.helpcenter.article;

import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.core.knowledge.KnowledgeSections;
import io.switchboard.core.knowledge.StoredArticle;
import io.switchboard.web.markdown.ArticleMarkdown;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * Article pages as readers see them, each built once per language and kept until an article changes:
 * the body's Markdown rendered and cleaned, its placeholders ({@code {exchange}}, {@code {website}}...)
 * filled in as the answer engine fills them in its answers, its related articles found.
 */
@Service
public class RenderedArticles {

    private final PublishedArticles articles;
    private final KnowledgeSections sections;
    private final ArticleMarkdown markdown;

    RenderedArticles(PublishedArticles articles, KnowledgeSections sections, ArticleMarkdown markdown) {
        this.articles = articles;
        this.sections = sections;
        this.markdown = markdown;
    }

    /** The published article's page in {@code language}; empty for a draft or an unknown key. */
    public Optional<ArticlePage> page(String key, String language) {
        Catalog catalog = articles.catalog();
        return catalog.article(key).map(article ->
                catalog.page(new Catalog.PageKey(key, language), page -> render(catalog, article, language)));
    }

    /** Articles as links in the reader's language, in the order of their titles in it. */
    List<ArticleLink> links(List<StoredArticle> found, String language) {
        return found.stream().map(article -> link(article, language))
                .sorted(Comparator.comparing(ArticleLink::title, Titles.order(language)))
                .toList();
    }

    private ArticlePage render(Catalog catalog, StoredArticle article, String language) {
        ArticleContent content = article.content();
        String shownIn = shownIn(content, language);
        ArticleText text = content.variants().get(shownIn);
        String html = markdown.toHtml(text.body());
        List<ArticleLink> related = catalog.related(article).stream().map(other -> link(other, language)).toList();
        return new ArticlePage(content.key(), language, shownIn, new TreeSet<>(content.variants().keySet()),
                markdown.fillIn(text.title()), html, PlainText.summary(html), Titles.tagsFor(content.tags(), language),
                content.category(), sections.sectionOf(content), article.updatedAt(), related);
    }

    private ArticleLink link(StoredArticle article, String language) {
        return new ArticleLink(article.content().key(), markdown.fillIn(article.content().variant(language).title()));
    }

    /** The reader's language if the article has it, else what {@link ArticleContent#variant} falls back to. */
    private static String shownIn(ArticleContent content, String language) {
        if (content.variants().containsKey(language)) {
            return language;
        }
        return content.variants().containsKey("en") ? "en" : content.variants().keySet().iterator().next();
    }
}
