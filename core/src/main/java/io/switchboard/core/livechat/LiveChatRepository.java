package io.switchboard.core.livechat;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LiveChatRepository extends JpaRepository<LiveChat, Long> {

    Optional<LiveChat> findByTicketId(long ticketId);

    Optional<LiveChat> findFirstByVisitorKeyAndStateInOrderByIdDesc(String visitorKey,
            Collection<LiveChatState> states);

    List<LiveChat> findByStateIn(Collection<LiveChatState> states);

    List<LiveChat> findByHandedOffAtGreaterThanEqual(Instant since);
}
