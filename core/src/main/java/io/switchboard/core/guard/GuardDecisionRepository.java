package io.switchboard.core.guard;

import io.switchboard.core.channel.Channel;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GuardDecisionRepository extends JpaRepository<GuardDecision, Long> {

    Optional<GuardDecision> findByEventKey(String eventKey);

    /** Every decision on one platform message (on the message itself and on its edits). */
    List<GuardDecision> findByChannelAndMessageId(Channel channel, String messageId);

    Page<GuardDecision> findByOutcome(GuardOutcome outcome, Pageable pageable);
}
