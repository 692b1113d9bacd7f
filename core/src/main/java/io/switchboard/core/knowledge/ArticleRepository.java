package io.switchboard.core.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    Optional<Article> findByKey(String key);

    boolean existsByKey(String key);

    List<Article> findAllByOrderByKeyAsc();
}
