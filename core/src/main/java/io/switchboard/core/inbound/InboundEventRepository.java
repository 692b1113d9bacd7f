package io.switchboard.core.inbound;

import io.switchboard.core.channel.Channel;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InboundEventRepository extends JpaRepository<InboundEvent, Long> {

    Optional<InboundEvent> findByChannelAndEventId(Channel channel, String eventId);

    boolean existsByChannelAndEventId(Channel channel, String eventId);

    List<InboundEvent> findByStatusOrderByIdAsc(InboundStatus status);

    long countByStatus(InboundStatus status);
}
