package io.switchboard.core.chat;

import io.switchboard.core.channel.Channel;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChatRepository extends JpaRepository<Chat, Long> {

    /**
     * Read as a list: a single-result query throws and catches an exception for a chat not stored yet,
     * which is every new chat's first message.
     */
    default Optional<Chat> findByChannelAndChatId(Channel channel, String chatId) {
        return findAllByChannelAndChatId(channel, chatId).stream().findFirst();
    }

    /** At most one: (channel, chat id) is unique. */
    List<Chat> findAllByChannelAndChatId(Channel channel, String chatId);
}
