package io.switchboard.connector.facebook;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.InboundKind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.stereotype.Component;

/**
 * The messaging window derived from the stored inbound events: the person's last Messenger message
 * (text, attachment or postback, stored as {@link InboundKind#MESSAGE}, or a quick reply, stored as
 * {@link InboundKind#CHOICE}) is the newest such event of the conversation, and its platform
 * timestamp starts the window. Deriving it
 * needs no table of its own; Flyway V4 adds the index the query uses.
 */
@Component("facebookMessagingWindow")
@ConditionalOnFacebook
class StoredMessagingWindow implements MessagingWindow {

    private static final String LAST_MESSAGE = "select max(e.receivedAt) from InboundEvent e"
            + " where e.channel = :channel and e.conversationKey = :key and e.kind in :kinds";

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
                .setParameter("kinds", List.of(InboundKind.MESSAGE, InboundKind.CHOICE))
                .getSingleResult();
        return last != null && last.plus(window).isAfter(clock.instant());
    }
}
