package io.switchboard.core.guard;

import io.switchboard.core.channel.Channel;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GuardDecisionRepository extends JpaRepository<GuardDecision, Long> {

    Optional<GuardDecision> findByEventKey(String eventKey);

    /** Every decision on one platform message (on the message itself and on its edits). */
    List<GuardDecision> findByChannelAndMessageId(Channel channel, String messageId);

    /** The decisions on any of these platform messages, for a thread's view. */
    List<GuardDecision> findByChannelAndMessageIdIn(Channel channel, Collection<String> messageIds);

    Page<GuardDecision> findByOutcome(GuardOutcome outcome, Pageable pageable);
}
