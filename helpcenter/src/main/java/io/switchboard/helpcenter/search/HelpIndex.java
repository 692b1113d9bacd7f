package io.switchboard.helpcenter.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The help center's in-memory Lucene index: one writer, written by one thread at a time
 * ({@link HelpIndexUpdates}), read by any number of searches that never wait for it. A rebuild fills
 * a new index beside the one in use and swaps it in whole; a search that started on the old one
 * finishes on it.
 */
final class HelpIndex implements AutoCloseable {

    private final Analyzer analyzer;
    private final AtomicReference<Generation> current;
    private final AtomicLong version = new AtomicLong();

    HelpIndex(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.current = new AtomicReference<>(new Generation(analyzer));
    }

    /** Replaces the whole index with {@code documents}; searches use the previous one until it is done. */
    void rebuild(Collection<Document> documents) {
        Generation next = new Generation(analyzer);
        for (Document document : documents) {
            next.add(document);
        }
        next.refresh();
        current.getAndSet(next).close();
        version.incrementAndGet();
    }

    /** Replaces every document whose {@code field} is {@code value} (all languages of one item) with {@code documents}. */
    void replace(String field, String value, Collection<Document> documents) {
        Generation generation = current.get();
        generation.replace(new Term(field, value), documents);
        generation.refresh();
        version.incrementAndGet();
    }

    /** Changes with every rebuild and replacement, once searches see it: what a cache of results keys on. */
    long version() {
        return version.get();
    }

    /** Runs {@code reading} on a searcher of the index as it is now. */
    <T> T read(Function<IndexSearcher, T> reading) {
        while (true) {
            Generation generation = current.get();
            IndexSearcher searcher;
            try {
                searcher = generation.searchers.acquire();
            } catch (AlreadyClosedException swapped) {
                continue; // a rebuild swapped it out between the two lines: read the new one
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the help center's search index", e);
            }
            try {
                return reading.apply(searcher);
            } finally {
                release(generation, searcher);
            }
        }
    }

    private static void release(Generation generation, IndexSearcher searcher) {
        try {
            generation.searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release a searcher of the help center's index", e);
        }
    }

    @Override
    public void close() {
        current.get().close();
    }

    /** One index: its writer and the searchers over what it has written. */
    private static final class Generation {

        private final IndexWriter writer;
        private final SearcherManager searchers;

        Generation(Analyzer analyzer) {
            try {
                this.writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
                this.searchers = new SearcherManager(writer, null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the help center's in-memory index", e);
            }
        }

        void add(Document document) {
            try {
                writer.addDocument(document);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot index a help center document", e);
            }
        }

        void replace(Term item, Collection<Document> documents) {
            try {
                writer.deleteDocuments(item);
                writer.addDocuments(documents);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot reindex " + item, e);
            }
        }

        void refresh() {
            try {
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot refresh the help center's index", e);
            }
        }

        /** Searches already holding one of its searchers finish on it: closing only stops new ones. */
        void close() {
            try {
                searchers.close();
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the help center's index", e);
            }
        }
    }
}
