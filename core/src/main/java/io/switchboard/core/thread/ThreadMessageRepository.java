package io.switchboard.core.thread;

import io.switchboard.core.channel.Channel;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ThreadMessageRepository extends JpaRepository<ThreadMessage, Long> {

    List<ThreadMessage> findByThreadOrderByCreatedAtAscIdAsc(SupportThread thread);

    Optional<ThreadMessage> findFirstByChannelAndDirectionAndExternalId(
            Channel channel, Direction direction, String externalId);

    long countByChannelAndDirection(Channel channel, Direction direction);
}
