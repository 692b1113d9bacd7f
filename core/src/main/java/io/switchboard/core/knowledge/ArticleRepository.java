package io.switchboard.core.knowledge;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    Optional<Article> findByKey(String key);

    /** The article, its row locked until the transaction ends: changes that must not interleave take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Article a where a.key = :key")
    Optional<Article> lockByKey(String key);

    boolean existsByKey(String key);

    List<Article> findAllByOrderByKeyAsc();
}
