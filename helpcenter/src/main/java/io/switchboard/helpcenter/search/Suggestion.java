package io.switchboard.helpcenter.search;

import org.apache.lucene.document.Document;

/** A title offered while one types in the search box, and where it leads. */
record Suggestion(String title, String url, String kind) {

    static Suggestion of(Document document) {
        return new Suggestion(document.get(HelpDocuments.TITLE), document.get(HelpDocuments.URL),
                document.get(HelpDocuments.KIND));
    }
}
