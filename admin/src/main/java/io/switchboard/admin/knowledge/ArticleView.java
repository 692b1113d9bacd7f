package io.switchboard.admin.knowledge;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.StoredArticle;
import java.time.Instant;

/** An article as the API shows it: the editable content plus its version and last change. */
record ArticleView(@JsonUnwrapped ArticleContent article, int version, Instant updatedAt, String updatedBy) {

    static ArticleView of(StoredArticle stored) {
        return new ArticleView(stored.content(), stored.version(), stored.updatedAt(), stored.updatedBy());
    }
}
