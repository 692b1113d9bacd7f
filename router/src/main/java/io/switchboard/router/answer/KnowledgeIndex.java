package io.switchboard.router.answer;

import io.switchboard.core.announcement.AnnouncementContent;
import io.switchboard.text.KnowledgeAnalyzers;
import io.switchboard.text.KnowledgeAnalyzers.Kind;
import io.switchboard.text.Scripts;
import io.switchboard.text.TermReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The Lucene index of articles and announcements, one document each, in memory. Writers
 * serialize on a lock; searches go through a {@link SearcherManager} and never wait for them: a
 * search sees the index as of the last refresh, which each write does before it returns.
 */
final class KnowledgeIndex implements Closeable {

    private static final String ID = "id";
    private static final String TYPE = "type";
    private static final String ARTICLE = "article";
    private static final String ANNOUNCEMENT = "announcement";
    private static final String PUBLISHED = "published";
    private static final String EXPIRES = "expires";

    /** Field boosts: what members ask matches titles and phrasings better than long bodies. */
    private static final Map<String, Float> BOOSTS = Map.of(
            KnowledgeAnalyzers.QUESTION_ZH, 1.0f,
            KnowledgeAnalyzers.QUESTION_EN, 1.0f,
            KnowledgeAnalyzers.QUESTION_CJK, 1.0f,
            KnowledgeAnalyzers.BODY_ZH, 0.35f,
            KnowledgeAnalyzers.BODY_EN, 0.35f,
            KnowledgeAnalyzers.BODY_CJK, 0.35f);

    private final TermReader reader;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Object writeLock = new Object();
    private volatile Catalog catalog = new Catalog(Map.of());

    KnowledgeIndex(TermReader reader) {
        this.reader = reader;
        try {
            IndexWriterConfig config = new IndexWriterConfig(reader.analyzers().indexing());
            config.setSimilarity(new BM25Similarity());
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the in-memory knowledge index", e);
        }
    }

    /** Adds or replaces the entries, then makes them visible to searches. */
    void put(Collection<IndexedEntry> entries) {
        synchronized (writeLock) {
            Map<String, IndexedEntry> next = new HashMap<>(catalog.entries());
            try {
                for (IndexedEntry entry : entries) {
                    writer.updateDocument(new Term(ID, entry.id()), document(entry));
                    next.put(entry.id(), entry);
                }
                publish(next);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot index " + entries.size() + " knowledge entries", e);
            }
        }
    }

    void remove(String id) {
        synchronized (writeLock) {
            Map<String, IndexedEntry> next = new HashMap<>(catalog.entries());
            next.remove(id);
            try {
                writer.deleteDocuments(new Term(ID, id));
                publish(next);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + id + " from the knowledge index", e);
            }
        }
    }

    private void publish(Map<String, IndexedEntry> next) throws IOException {
        catalog = new Catalog(next);
        searchers.maybeRefreshBlocking();
    }

    Catalog catalog() {
        return catalog;
    }

    /** The best articles for the message, by score. */
    List<Hit> articles(QueryTerms query, int limit) {
        return search(query, new TermQuery(new Term(TYPE, ARTICLE)), limit);
    }

    /**
     * Announcements published by {@code now} and not expired, whatever channels they were sent to:
     * a maintenance is true everywhere, so it answers a question on any channel.
     */
    List<Hit> announcements(QueryTerms query, Instant now, int limit) {
        if (!catalog.hasAnnouncements()) {
            return List.of();
        }
        long millis = now.toEpochMilli();
        Query filter = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TYPE, ANNOUNCEMENT)), Occur.FILTER)
                .add(LongPoint.newRangeQuery(PUBLISHED, Long.MIN_VALUE, millis), Occur.FILTER)
                .add(LongPoint.newRangeQuery(EXPIRES, millis + 1, Long.MAX_VALUE), Occur.FILTER)
                .build();
        return search(query, filter, limit);
    }

    private List<Hit> search(QueryTerms query, Query filter, int limit) {
        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        int clauses = addTerms(terms, query);
        if (clauses == 0) {
            return List.of();
        }
        Query full = new BooleanQuery.Builder().add(terms.build(), Occur.MUST).add(filter, Occur.FILTER).build();
        Catalog seen = catalog;
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<Hit> hits = new ArrayList<>();
                double ceiling = ceiling(searcher, query);
                for (ScoreDoc doc : searcher.search(full, limit).scoreDocs) {
                    String id = searcher.storedFields().document(doc.doc).get(ID);
                    IndexedEntry entry = seen.entries().get(id);
                    if (entry != null) {
                        hits.add(new Hit(entry, doc.score, ceiling));
                    }
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("knowledge search failed", e);
        }
    }

    private static int addTerms(BooleanQuery.Builder builder, QueryTerms query) {
        int clauses = 0;
        for (Map.Entry<String, Set<String>> field : query.byField().entrySet()) {
            float boost = BOOSTS.get(field.getKey());
            for (String term : field.getValue()) {
                builder.add(new BoostQuery(new TermQuery(new Term(field.getKey(), term)), boost), Occur.SHOULD);
                clauses++;
            }
        }
        return clauses;
    }

    /**
     * The most the query could score: each term's BM25 weight (boost times IDF) summed, as if
     * one document held every term in every field. Scores divided by it compare across queries.
     */
    private static double ceiling(IndexSearcher searcher, QueryTerms query) throws IOException {
        double total = 0;
        for (Map.Entry<String, Set<String>> field : query.byField().entrySet()) {
            CollectionStatistics stats = searcher.collectionStatistics(field.getKey());
            if (stats == null) {
                continue;
            }
            for (String term : field.getValue()) {
                int df = searcher.getIndexReader().docFreq(new Term(field.getKey(), term));
                if (df > 0) {
                    double idf = Math.log(1 + (stats.docCount() - df + 0.5) / (df + 0.5));
                    total += BOOSTS.get(field.getKey()) * idf;
                }
            }
        }
        return total;
    }

    private static Document document(IndexedEntry entry) {
        Document doc = new Document();
        doc.add(new StringField(ID, entry.id(), Field.Store.YES));
        entry.fieldTexts().forEach((field, values) ->
                values.forEach(value -> doc.add(new TextField(field, value, Field.Store.NO))));
        if (entry.isAnnouncement()) {
            AnnouncementContent announcement = entry.announcement();
            doc.add(new StringField(TYPE, ANNOUNCEMENT, Field.Store.NO));
            doc.add(new LongPoint(PUBLISHED, announcement.publishedAt().toEpochMilli()));
            doc.add(new LongPoint(EXPIRES, announcement.expiresAt() == null
                    ? Long.MAX_VALUE : announcement.expiresAt().toEpochMilli()));
        } else {
            doc.add(new StringField(TYPE, ARTICLE, Field.Store.NO));
        }
        return doc;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the knowledge index", e);
        }
    }

    /** The message's terms per field, as each field's analyzer reads them. */
    record QueryTerms(Map<String, Set<String>> byField) {

        static QueryTerms of(TermReader reader, String normalized) {
            Set<String> zh = reader.terms(Kind.ZH, normalized);
            Set<String> en = reader.terms(Kind.EN, normalized);
            Set<String> pairs = reader.terms(Kind.CJK, normalized);
            return new QueryTerms(Map.of(
                    KnowledgeAnalyzers.QUESTION_ZH, zh, KnowledgeAnalyzers.BODY_ZH, zh,
                    KnowledgeAnalyzers.QUESTION_EN, en, KnowledgeAnalyzers.BODY_EN, en,
                    KnowledgeAnalyzers.QUESTION_CJK, pairs, KnowledgeAnalyzers.BODY_CJK, pairs));
        }

        /** The same terms as {@link TermReader#termsOf} reads, without analyzing the text again. */
        Set<String> comparable(String normalized) {
            if (!Scripts.hasHan(normalized)) {
                return byField.get(KnowledgeAnalyzers.QUESTION_EN);
            }
            Set<String> terms = new java.util.LinkedHashSet<>(byField.get(KnowledgeAnalyzers.QUESTION_ZH));
            byField.get(KnowledgeAnalyzers.QUESTION_CJK).forEach(pair -> terms.add(TermReader.PAIR_PREFIX + pair));
            return terms;
        }
    }

    /** A matching entry, its score, and the query's {@linkplain #ceiling ceiling}. */
    record Hit(IndexedEntry entry, double score, double ceiling) {

        double ratio() {
            return ceiling <= 0 ? 0 : Math.min(1, score / ceiling);
        }
    }

    /**
     * Everything indexed, by id, and how many entries hold each term (for the coverage
     * weights). Replaced whole on every write, so a reader always sees one consistent state.
     */
    record Catalog(Map<String, IndexedEntry> entries, Map<String, Double> weights, double unknownWeight,
            Map<String, Set<String>> distinctive, boolean hasAnnouncements) {

        /**
         * A term of the titles and phrasings of at most this many articles tells them from the
         * others: "maker" (trading fees) from "fee" (trading and withdrawal fees).
         */
        static final int DISTINCTIVE_IN_AT_MOST = 2;

        Catalog(Map<String, IndexedEntry> entries) {
            this(Map.copyOf(entries), weights(entries.values()), idf(entries.size(), 0),
                    distinctive(entries.values()), entries.values().stream().anyMatch(IndexedEntry::isAnnouncement));
        }

        /** Term to the articles it is distinctive of: in their titles or phrasings, and few others'. */
        private static Map<String, Set<String>> distinctive(Collection<IndexedEntry> entries) {
            Map<String, Set<String>> articles = new HashMap<>();
            for (IndexedEntry entry : entries) {
                if (!entry.isAnnouncement()) {
                    entry.questions().forEach(question -> question.forEach(term ->
                            articles.computeIfAbsent(term, t -> new HashSet<>()).add(entry.id())));
                }
            }
            articles.values().removeIf(holders -> holders.size() > DISTINCTIVE_IN_AT_MOST);
            Map<String, Set<String>> frozen = new HashMap<>();
            articles.forEach((term, holders) -> frozen.put(term, Set.copyOf(holders)));
            return Map.copyOf(frozen);
        }

        /** The articles {@code term} is distinctive of; empty when it is not distinctive. */
        Set<String> distinctiveOf(String term) {
            return distinctive.getOrDefault(term, Set.of());
        }

        private static Map<String, Double> weights(Collection<IndexedEntry> entries) {
            Map<String, Integer> df = new HashMap<>();
            entries.forEach(entry -> entry.terms().forEach(term -> df.merge(term, 1, Integer::sum)));
            Map<String, Double> weights = new HashMap<>();
            df.forEach((term, count) -> weights.put(term, idf(entries.size(), count)));
            return Map.copyOf(weights);
        }

        private static double idf(int n, int df) {
            return Math.log(1 + (n - df + 0.5) / (df + 0.5));
        }

        /** Rarer terms weigh more; a term no entry has weighs most. */
        double weight(String term) {
            Double weight = weights.get(term);
            return weight == null ? unknownWeight : weight;
        }
    }
}
