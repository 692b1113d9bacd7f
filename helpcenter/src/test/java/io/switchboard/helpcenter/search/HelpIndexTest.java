package io.switchboard.helpcenter.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** The index's promise to searches: a rebuild neither waits for them nor pulls the index from under them. */
class HelpIndexTest {

    private final HelpIndex index = new HelpIndex(new StandardAnalyzer());

    @Test
    void aRebuildSwapsTheIndexWhileASearchFinishesOnTheOldOne() throws Exception {
        index.rebuild(List.of(item("old")));
        long seenDuringRebuild = index.read(searcher -> {
            // a rebuild on another thread completes while this search holds its searcher
            CompletableFuture.runAsync(() -> index.rebuild(List.of(item("new-1"), item("new-2"))))
                    .orTimeout(5, TimeUnit.SECONDS).join();
            return count(searcher, "old");
        });
        assertThat(seenDuringRebuild).isEqualTo(1);
        assertThat(count(null)).isEqualTo(2);
        assertThat(count("old")).isZero();
    }

    @Test
    void replacingAnItemsDocumentsIsSeenWhole() {
        index.rebuild(List.of(item("a"), item("b")));
        index.replace(HelpDocuments.ITEM, "a", List.of(item("a"), item("a")));
        assertThat(count("a")).isEqualTo(2);
        index.replace(HelpDocuments.ITEM, "a", List.of());
        assertThat(count(null)).isEqualTo(1);
    }

    private static Document item(String id) {
        Document document = new Document();
        document.add(new StringField(HelpDocuments.ITEM, id, Field.Store.YES));
        return document;
    }

    /** How many documents the index has now, of item {@code id} or in all. */
    private long count(String id) {
        return index.read(searcher -> count(searcher, id));
    }

    private static long count(IndexSearcher searcher, String id) {
        try {
            return searcher.count(id == null ? new MatchAllDocsQuery() : new TermQuery(new Term(HelpDocuments.ITEM, id)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
