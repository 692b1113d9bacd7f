package io.switchboard.admin.knowledge;

import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleNotFoundException;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.knowledge.StoredArticle;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff editing of the knowledge base: {@code /api/kb/articles}. Every change is a revision
 * recorded under the signed-in user's name, and reaches the answer engine within moments.
 */
@RestController
@RequestMapping("/api/kb/articles")
class ArticleController {

    private final KnowledgeBase knowledgeBase;

    ArticleController(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @GetMapping
    List<ArticleView> list() {
        return knowledgeBase.articles().stream().map(ArticleView::of).toList();
    }

    @GetMapping("/{key}")
    ArticleView get(@PathVariable String key) {
        return knowledgeBase.article(key).map(ArticleView::of).orElseThrow(() -> new ArticleNotFoundException(key));
    }

    @PostMapping
    ResponseEntity<ArticleView> create(@Valid @RequestBody ArticleContent article, Principal staff) {
        StoredArticle created = knowledgeBase.create(article, staff.getName());
        return ResponseEntity.created(URI.create("/api/kb/articles/" + created.content().key()))
                .body(ArticleView.of(created));
    }

    /** Replaces the article whole; the body's key must be the path's. */
    @PutMapping("/{key}")
    ArticleView update(@PathVariable String key, @Valid @RequestBody ArticleContent article, Principal staff) {
        if (!key.equals(article.key())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "the article key cannot change: '" + key + "' is not '" + article.key() + "'");
        }
        return ArticleView.of(knowledgeBase.update(key, article, staff.getName()));
    }

    @DeleteMapping("/{key}")
    ResponseEntity<Void> delete(@PathVariable String key, Principal staff) {
        knowledgeBase.delete(key, staff.getName());
        return ResponseEntity.noContent().build();
    }

    /** Newest first; 404 when the key never existed, the history of a deleted article otherwise. */
    @GetMapping("/{key}/revisions")
    List<RevisionView> revisions(@PathVariable String key) {
        List<RevisionView> revisions = knowledgeBase.revisions(key).stream().map(RevisionView::of).toList();
        if (revisions.isEmpty()) {
            throw new ArticleNotFoundException(key);
        }
        return revisions;
    }
}
