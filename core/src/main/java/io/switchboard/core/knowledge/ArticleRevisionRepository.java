package io.switchboard.core.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ArticleRevisionRepository extends JpaRepository<ArticleRevision, Long> {

    List<ArticleRevision> findByArticleKeyOrderByVersionDesc(String articleKey);

    Optional<ArticleRevision> findFirstByArticleKeyOrderByVersionDesc(String articleKey);

    boolean existsByArticleKey(String articleKey);
}
