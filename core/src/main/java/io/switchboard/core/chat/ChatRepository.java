package io.switchboard.core.chat;

import io.switchboard.core.channel.Channel;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChatRepository extends JpaRepository<Chat, Long> {

    Optional<Chat> findByChannelAndChatId(Channel channel, String chatId);
}
