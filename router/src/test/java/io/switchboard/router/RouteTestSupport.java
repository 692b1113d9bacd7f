package io.switchboard.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.RouterTestApplication;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.chat.ChatRepository;
import io.switchboard.core.inbound.InboundEvent;
import io.switchboard.core.inbound.InboundEventRepository;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundPort;
import io.switchboard.core.inbound.InboundStatus;
import io.switchboard.core.inbound.IntakeResult;
import io.switchboard.core.member.MemberRepository;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxRepository;
import io.switchboard.core.outbox.OutboxStatus;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadMessageRepository;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketEventRepository;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.router.testing.Messages;
import io.switchboard.router.testing.RecordingGateway;
import io.switchboard.testing.ShiftableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.camel.CamelContext;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole router on an in-memory database, a recording Telegram gateway and a test clock.
 * Every test works in chats of its own, so tests can share the context and the database.
 */
@CamelSpringBootTest
@SpringBootTest(classes = RouterTestApplication.class)
abstract class RouteTestSupport {

    @Autowired
    protected CamelContext camel;
    @Autowired
    protected InboundPort inbound;
    @Autowired
    protected ShiftableClock clock;
    @Autowired
    protected RecordingGateway gateway;
    @Autowired
    protected InboundEventRepository events;
    @Autowired
    protected ChatRepository chats;
    @Autowired
    protected MemberRepository members;
    @Autowired
    protected SupportThreadRepository threads;
    @Autowired
    protected ThreadMessageRepository messages;
    @Autowired
    protected OutboxRepository outbox;
    @Autowired
    protected TicketRepository tickets;
    @Autowired
    protected TicketEventRepository ticketEvents;
    @Autowired
    private PlatformTransactionManager transactions;

    @BeforeEach
    void freshSendBudget() {
        // Throttle buckets of earlier tests are full again; nothing else depends on the jump.
        clock.advance(Duration.ofHours(1));
    }

    protected Instant now() {
        return clock.instant();
    }

    protected IntakeResult accept(InboundMessage message) {
        return inbound.accept(message);
    }

    protected <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }

    protected InboundEvent awaitEvent(InboundMessage message, InboundStatus status) {
        return await().until(() -> events.findByChannelAndEventId(message.channel(), message.eventId())
                        .filter(event -> event.getStatus() == status).orElse(null),
                event -> event != null);
    }

    protected List<OutboxEntry> outboxFor(String chatId) {
        return outbox.findAll().stream().filter(entry -> entry.getChatId().equals(chatId)).toList();
    }

    protected OutboxEntry awaitOutbox(String chatId, Predicate<OutboxEntry> condition) {
        return await().until(() -> outboxFor(chatId).stream().filter(condition).findFirst().orElse(null),
                entry -> entry != null);
    }

    protected List<SupportThread> threadsIn(Channel channel, String chatId) {
        return threads.findAll().stream()
                .filter(thread -> thread.getChannel() == channel && thread.getChatId().equals(chatId)).toList();
    }

    protected List<Ticket> ticketsIn(String chatId) {
        return tickets.findAll().stream().filter(ticket -> ticket.getThread().getChatId().equals(chatId)).toList();
    }

    protected List<ThreadMessage> messagesIn(SupportThread thread) {
        return messages.findByThreadOrderByCreatedAtAscIdAsc(thread);
    }

    /**
     * Sends the message and returns the bot's answer once delivered: an answer that is no thread's message (a
     * command's), in reply to the message.
     */
    protected String answerTo(Messages message) {
        InboundMessage inbound = message.build();
        // What was sent to the chat before is out, so the answer's send is not held by the chat's rate.
        clock.advance(Duration.ofMinutes(1));
        await().until(() -> outboxFor(inbound.chat().chatId()).stream()
                .noneMatch(entry -> entry.getStatus() == OutboxStatus.PENDING));
        clock.advance(Duration.ofMinutes(1));
        accept(inbound);
        OutboxEntry answer = awaitOutbox(inbound.chat().chatId(), e -> e.getStatus() == OutboxStatus.SENT
                && e.getDecisionKey().equals("reply:" + inbound.channel().key() + ":" + inbound.eventId()));
        assertThat(answer.getReplyToExternalId()).isEqualTo(inbound.messageId());
        assertThat(answer.getThreadMessageId()).isNull();
        return answer.getText();
    }
}
