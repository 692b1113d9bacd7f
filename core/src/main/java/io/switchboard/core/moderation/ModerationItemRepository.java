package io.switchboard.core.moderation;

import io.switchboard.core.channel.Channel;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ModerationItemRepository extends JpaRepository<ModerationItem, Long> {

    Optional<ModerationItem> findFirstByChannelAndMessageIdAndStatus(Channel channel, String messageId,
            ModerationItem.Status status);

    List<ModerationItem> findByChannelAndMessageIdAndStatus(Channel channel, String messageId,
            ModerationItem.Status status);

    Page<ModerationItem> findByStatus(ModerationItem.Status status, Pageable pageable);

    Page<ModerationItem> findByChannel(Channel channel, Pageable pageable);

    Page<ModerationItem> findByStatusAndChannel(ModerationItem.Status status, Channel channel, Pageable pageable);
}
