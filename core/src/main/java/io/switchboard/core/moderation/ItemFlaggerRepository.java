package io.switchboard.core.moderation;

import io.switchboard.core.channel.Channel;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ItemFlaggerRepository extends JpaRepository<ItemFlagger, Long> {

    Optional<ItemFlagger> findByChannelAndReportId(Channel channel, String reportId);

    boolean existsByItemIdAndSourceAndFlaggerId(long itemId, Flagger.Source source, String flaggerId);
}
