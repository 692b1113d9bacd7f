package io.switchboard.forum.topic;

import io.switchboard.core.account.Account;
import io.switchboard.forum.board.Board;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TopicRepository extends JpaRepository<Topic, Long> {

    Page<Topic> findByBoardAndStatusIn(Board board, Collection<PostStatus> statuses, Pageable pageable);

    List<Topic> findTop20ByAuthorAndStatusOrderByCreatedAtDesc(Account author, PostStatus status);

    long countByBoardAndStatus(Board board, PostStatus status);
}
