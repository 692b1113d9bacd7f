package io.switchboard.forum.moderation;

import io.switchboard.core.account.Account;
import io.switchboard.forum.topic.Post;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FlagRepository extends JpaRepository<Flag, Long> {

    Page<Flag> findByStatusOrderByCreatedAtAsc(Flag.Status status, Pageable pageable);

    List<Flag> findByPostAndStatus(Post post, Flag.Status status);

    boolean existsByPostAndReporterAndStatus(Post post, Account reporter, Flag.Status status);
}
