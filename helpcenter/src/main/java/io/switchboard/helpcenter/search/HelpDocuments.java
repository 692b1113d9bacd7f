package io.switchboard.helpcenter.search;

import io.switchboard.core.announcement.AnnouncementContent;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.helpcenter.article.CategorySlugs;
import io.switchboard.text.SearchAnalysis;
import io.switchboard.web.markdown.ArticleMarkdown;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.jsoup.Jsoup;

/**
 * What the help center's index holds: one document per language of a published article or of an
 * announcement shown on the web, its parts (title, phrasings, tags, body) read by the answer
 * engine's analysis ({@link SearchAnalysis}), and what a result shows stored beside them.
 */
final class HelpDocuments {

    /** Which item a document is a language of: {@code article:withdrawal-fee}, {@code announcement:42}. */
    static final String ITEM = "item";
    static final String LANGUAGE = "lang";
    static final String KIND = "kind";
    /** The category's slug, or {@link #ANNOUNCEMENTS} for announcements. */
    static final String CATEGORY = "category";
    static final String URL = "url";
    static final String TITLE = "title";
    static final String BODY = "body";
    /** Title and body folded for highlighting ({@link SearchAnalysis#foldInPlace}): once here, not per search. */
    static final String TITLE_FOLDED = "title_folded";
    static final String BODY_FOLDED = "body_folded";
    static final String PHRASINGS = "phrasings";
    static final String TAGS = "tags";
    /** The title's words as written (folded, not stemmed): what search-as-you-type completes. */
    static final String TITLE_WORDS = "title_words";
    private static final String SHOWN_FROM = "shown_from";
    private static final String SHOWN_UNTIL = "shown_until";

    static final String ARTICLE = "article";
    static final String ANNOUNCEMENT = "announcement";
    static final String ANNOUNCEMENTS = "announcements";

    /** A title says most about what a page answers, the ways members ask it next, then tags, then the body. */
    static final Map<String, Float> BOOSTS = Map.of(TITLE, 3f, PHRASINGS, 2f, TAGS, 1.5f, BODY, 1f);

    private final SearchAnalysis analysis;
    private final ArticleMarkdown markdown;

    HelpDocuments(SearchAnalysis analysis, ArticleMarkdown markdown) {
        this.analysis = analysis;
        this.markdown = markdown;
    }

    /** The index writer's analyzer: the engine's chains for the searched parts, plain words for {@link #TITLE_WORDS}. */
    Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(analysis.indexing(), Map.of(TITLE_WORDS, new StandardAnalyzer(CharArraySet.EMPTY_SET)));
    }

    static String articleItem(String key) {
        return ARTICLE + ":" + key;
    }

    static String announcementItem(long id) {
        return ANNOUNCEMENT + ":" + id;
    }

    /** The article's languages, none unless it is published. */
    List<Document> of(ArticleContent article) {
        if (!article.published()) {
            return List.of();
        }
        List<Document> documents = new ArrayList<>();
        article.variants().forEach((language, text) -> {
            Document document = common(articleItem(article.key()), ARTICLE, language, CategorySlugs.slug(article.category()),
                    "/help/articles/" + article.key(), text.title(), plainText(text.body()));
            addSearched(document, PHRASINGS, String.join("\n", text.phrasings()));
            addSearched(document, TAGS, String.join("\n", article.tags()));
            shown(document, Long.MIN_VALUE, Long.MAX_VALUE);
            documents.add(document);
        });
        return documents;
    }

    /** The announcement's languages, none unless it is for the web (or every channel). */
    List<Document> of(long id, AnnouncementContent announcement) {
        if (!announcement.appliesTo(Channel.WEB)) {
            return List.of();
        }
        List<Document> documents = new ArrayList<>();
        announcement.texts().forEach((language, text) -> {
            Document document = common(announcementItem(id), ANNOUNCEMENT, language, ANNOUNCEMENTS,
                    "/help/announcements/" + id, text.title(), plainText(text.body()));
            Instant expires = announcement.expiresAt();
            shown(document, announcement.publishedAt().toEpochMilli(),
                    expires == null ? Long.MAX_VALUE : expires.toEpochMilli() - 1);
            documents.add(document);
        });
        return documents;
    }

    /** Only what is shown at {@code now}: an announcement is searchable from its publication to its expiry. */
    static Query shownAt(Instant now) {
        long at = now.toEpochMilli();
        return new BooleanQuery.Builder()
                .add(LongPoint.newRangeQuery(SHOWN_FROM, Long.MIN_VALUE, at), BooleanClause.Occur.FILTER)
                .add(LongPoint.newRangeQuery(SHOWN_UNTIL, at, Long.MAX_VALUE), BooleanClause.Occur.FILTER)
                .build();
    }

    private Document common(String item, String kind, String language, String category, String url,
            String title, String body) {
        Document document = new Document();
        keyword(document, ITEM, item);
        keyword(document, LANGUAGE, language);
        keyword(document, CATEGORY, category);
        document.add(new StoredField(KIND, kind));
        document.add(new StoredField(URL, url));
        document.add(new StoredField(TITLE, title));
        document.add(new StoredField(BODY, body));
        document.add(new StoredField(TITLE_FOLDED, analysis.foldInPlace(title)));
        document.add(new StoredField(BODY_FOLDED, analysis.foldInPlace(body)));
        document.add(new TextField(TITLE_WORDS, analysis.normalize(title), Field.Store.NO));
        addSearched(document, TITLE, title);
        addSearched(document, BODY, body);
        return document;
    }

    /**
     * A value searches filter on and group by: indexed whole, stored for the page, and as doc values, which
     * a search reads for every hit without loading the stored bodies.
     */
    private static void keyword(Document document, String field, String value) {
        document.add(new StringField(field, value, Field.Store.YES));
        document.add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    private void addSearched(Document document, String part, String text) {
        String normalized = analysis.normalize(text);
        for (SearchAnalysis.Field field : SearchAnalysis.Field.values()) {
            document.add(new TextField(field.of(part), normalized, Field.Store.NO));
        }
    }

    private static void shown(Document document, long from, long until) {
        document.add(new LongPoint(SHOWN_FROM, from));
        document.add(new LongPoint(SHOWN_UNTIL, until));
    }

    /** The body as a reader sees it, without Markdown's marks: what is searched and what a snippet quotes. */
    private String plainText(String body) {
        return Jsoup.parse(markdown.toHtml(body)).text();
    }
}
