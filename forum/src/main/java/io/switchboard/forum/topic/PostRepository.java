package io.switchboard.forum.topic;

import io.switchboard.core.account.Account;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PostRepository extends JpaRepository<Post, Long> {

    /** The topic's posts in the given states, plus the reader's own held ones, oldest first. */
    @Query("""
            select p from Post p where p.topic = :topic
              and (p.status in :statuses or (p.status = io.switchboard.forum.topic.PostStatus.HELD
                   and p.author.id = :readerId))
            order by p.createdAt asc, p.id asc""")
    Page<Post> readable(@Param("topic") Topic topic, @Param("statuses") Collection<PostStatus> statuses,
            @Param("readerId") long readerId, Pageable pageable);

    Page<Post> findByStatusOrderByCreatedAtAsc(PostStatus status, Pageable pageable);

    Optional<Post> findByTopicAndOpeningTrue(Topic topic);

    boolean existsByAuthorAndStatus(Account author, PostStatus status);

    /** A topic's posts of one kind written since {@code since}, newest first. */
    List<Post> findByTopicIdAndKindAndCreatedAtGreaterThanEqualOrderByIdDesc(long topicId, PostKind kind,
            Instant since);

    /** The official posts of one kind opening topics on a board since {@code since}, newest first. */
    @Query("""
            select p from Post p join fetch p.topic t where t.board.slug = :board and p.opening = true
              and p.official = true and p.kind = :kind and p.createdAt >= :since
            order by p.id desc""")
    List<Post> findOfficialOpenings(@Param("board") String boardSlug, @Param("kind") PostKind kind,
            @Param("since") Instant since);

    /** Posts written after {@code after}, oldest first: what the hand-off sweep looks through. */
    List<Post> findByCreatedAtAfterOrderByIdAsc(Instant after, Pageable page);
}
