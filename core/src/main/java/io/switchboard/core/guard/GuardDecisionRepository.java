package io.switchboard.core.guard;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GuardDecisionRepository extends JpaRepository<GuardDecision, Long> {

    Optional<GuardDecision> findByEventKey(String eventKey);

    Page<GuardDecision> findByOutcome(GuardOutcome outcome, Pageable pageable);
}
