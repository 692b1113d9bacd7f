package io.switchboard.forum.board;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BoardRepository extends JpaRepository<Board, Long> {

    List<Board> findAllByOrderByPositionAsc();

    Optional<Board> findBySlug(String slug);
}
