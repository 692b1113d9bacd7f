package io.switchboard.forum.search;

import io.switchboard.forum.ConditionalOnForum;
import io.switchboard.forum.topic.Post;
import io.switchboard.forum.topic.PostPublished;
import io.switchboard.forum.topic.PostRepository;
import io.switchboard.forum.topic.PostStatus;
import io.switchboard.text.SearchAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Full-text search over topics (title and opening post), in memory, with the answer engine's
 * Chinese and English analysis: the same synonyms and misspellings, so 提币 finds "withdrawal".
 * Filled from the database at startup and kept up to date as topics are published; what a hit
 * shows (and whether it is still visible) is read from the database.
 */
@Component
@ConditionalOnForum
public class TopicSearch implements AutoCloseable {

    static final String ID = "id";
    /** The one searched part of a topic: its title (twice, for weight) and opening post. */
    private static final String TEXT = "topic";
    private static final int BATCH = 500;

    private final SearchAnalysis analysis = SearchAnalysis.load();
    private final PostRepository posts;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    TopicSearch(PostRepository posts) throws IOException {
        this.posts = posts;
        this.writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analysis.indexing()));
        this.searchers = new SearcherManager(writer, null);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional(readOnly = true)
    public void indexAll() {
        for (int page = 0; ; page++) {
            var batch = posts.findByStatusOrderByCreatedAtAsc(PostStatus.VISIBLE, PageRequest.of(page, BATCH));
            batch.getContent().stream().filter(Post::isOpening).forEach(this::index);
            if (!batch.hasNext()) {
                break;
            }
        }
        refresh();
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public void published(PostPublished event) {
        posts.findById(event.postId()).filter(Post::isOpening).ifPresent(post -> {
            index(post);
            refresh();
        });
    }

    /** Ids of the best-matching topics, best first. */
    public List<Long> search(String text, int limit) {
        Optional<Query> query = analysis.query(text, Map.of(TEXT, 1f));
        if (query.isEmpty()) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<Long> ids = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(query.get(), limit).scoreDocs) {
                    ids.add(Long.parseLong(searcher.storedFields().document(hit.doc).get(ID)));
                }
                return ids;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the in-memory topic index", e);
        }
    }

    private void index(Post post) {
        String topicId = post.getTopic().getId().toString();
        String text = analysis.normalize(post.getTopic().getTitle() + "\n" + post.getTopic().getTitle() + "\n"
                + post.getBodyMarkdown());
        Document document = new Document();
        document.add(new StringField(ID, topicId, Field.Store.YES));
        for (SearchAnalysis.Field field : SearchAnalysis.Field.values()) {
            document.add(new TextField(field.of(TEXT), text, Field.Store.NO));
        }
        document.add(new StoredField("title", post.getTopic().getTitle()));
        try {
            writer.updateDocument(new Term(ID, topicId), document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index topic " + topicId, e);
        }
    }

    private void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the topic index", e);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }
}
