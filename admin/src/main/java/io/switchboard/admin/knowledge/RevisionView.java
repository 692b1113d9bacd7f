package io.switchboard.admin.knowledge;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.switchboard.core.knowledge.ArticleRevision;
import io.switchboard.core.knowledge.RevisionAction;
import java.time.Instant;

/**
 * One entry of an article's history.
 *
 * @param snapshot the article after the change (before it, for a deletion), as stored JSON
 */
record RevisionView(String key, int version, RevisionAction action, String changedBy, Instant changedAt,
        @JsonRawValue String snapshot) {

    static RevisionView of(ArticleRevision revision) {
        return new RevisionView(revision.getArticleKey(), revision.getVersion(), revision.getAction(),
                revision.getChangedBy(), revision.getChangedAt(), revision.getSnapshot());
    }
}
