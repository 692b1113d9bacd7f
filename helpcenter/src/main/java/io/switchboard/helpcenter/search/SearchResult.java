package io.switchboard.helpcenter.search;

import io.switchboard.text.QueryMatcher;
import org.apache.lucene.document.Document;

/**
 * One article or announcement found, as the results page shows it.
 *
 * @param kind {@code article} or {@code announcement}
 * @param category the category's slug, or {@code announcements}
 * @param titleHtml the title, HTML-escaped, the query's words in {@code <mark>}
 * @param snippetHtml the part of the body where the query's words are, likewise
 * @param language the language shown: the reader's when the item has it
 */
record SearchResult(String kind, String url, String category, String titleHtml, String snippetHtml, String language) {

    static SearchResult of(Document document, QueryMatcher matcher) {
        return new SearchResult(document.get(HelpDocuments.KIND), document.get(HelpDocuments.URL),
                document.get(HelpDocuments.CATEGORY),
                Snippets.marked(document.get(HelpDocuments.TITLE), document.get(HelpDocuments.TITLE_FOLDED), matcher),
                Snippets.excerpt(document.get(HelpDocuments.BODY), document.get(HelpDocuments.BODY_FOLDED), matcher),
                document.get(HelpDocuments.LANGUAGE));
    }

    public boolean announcement() {
        return HelpDocuments.ANNOUNCEMENT.equals(kind);
    }
}
