package io.switchboard.core.chat;

import io.switchboard.core.channel.Channel;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ChatRepository extends JpaRepository<Chat, Long> {

    /**
     * Read as a list: a single-result query throws and catches an exception for a chat not stored yet,
     * which is every new chat's first message.
     */
    default Optional<Chat> findByChannelAndChatId(Channel channel, String chatId) {
        return findAllByChannelAndChatId(channel, chatId).stream().findFirst();
    }

    /** At most one: (channel, chat id) is unique. JPQL, whose translation Hibernate caches, unlike a derived query's. */
    @Query("select c from Chat c where c.channel = :channel and c.chatId = :chatId")
    List<Chat> findAllByChannelAndChatId(Channel channel, String chatId);
}
