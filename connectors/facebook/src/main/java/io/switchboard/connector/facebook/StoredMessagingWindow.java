package io.switchboard.connector.facebook;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.InboundKind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.stereotype.Component;

/**
 * The messaging window derived from the stored inbound events: the person's last Messenger message
 * (text, attachment, quick reply or postback, all stored as {@link InboundKind#MESSAGE}) is the
 * newest such event of the conversation, and its platform timestamp starts the window. Deriving it
 * needs no table of its own; Flyway V4 adds the index the query uses.
 */
@Component("facebookMessagingWindow")
@ConditionalOnFacebook
class StoredMessagingWindow implements MessagingWindow {

    private static final String LAST_MESSAGE = "select max(e.receivedAt) from InboundEvent e"
            + " where e.channel = :channel and e.conversationKey = :key and e.kind = :kind";

    private final EntityManager entityManager;
    private final Duration window;
    private final Clock clock;

    StoredMessagingWindow(EntityManagerFactory entityManagerFactory, FacebookProperties properties, Clock clock) {
        this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
        this.window = properties.messagingWindow();
        this.clock = clock;
    }

    @Override
    public boolean isOpen(String conversationKey) {
        if (FacebookConversations.psid(conversationKey).isEmpty()) {
            return true;
        }
        Instant last = entityManager.createQuery(LAST_MESSAGE, Instant.class)
                .setParameter("channel", Channel.FACEBOOK)
                .setParameter("key", conversationKey)
                .setParameter("kind", InboundKind.MESSAGE)
                .getSingleResult();
        return last != null && last.plus(window).isAfter(clock.instant());
    }
}
