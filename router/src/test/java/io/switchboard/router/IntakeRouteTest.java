package io.switchboard.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.inbound.Attachment;
import io.switchboard.core.inbound.FiledRequest;
import io.switchboard.core.inbound.InboundEvent;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundStatus;
import io.switchboard.core.inbound.IntakeResult;
import io.switchboard.core.member.Member;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxStatus;
import io.switchboard.core.reply.StaffReplies;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketEvent;
import io.switchboard.core.ticket.TicketPriority;
import io.switchboard.core.ticket.TicketStatus;
import io.switchboard.router.json.JsonCodec;
import io.switchboard.router.testing.KeywordAnswerEngine;
import io.switchboard.router.testing.Messages;
import io.switchboard.router.testing.RecordingGateway.Sent;
import io.switchboard.testing.AtOnce;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class IntakeRouteTest extends RouteTestSupport {

    @Autowired
    JsonCodec json;

    @Autowired
    StaffReplies staffReplies;

    @Test
    void confidentPrivateQuestionIsAnsweredOnceInReplyToTheMember() {
        String chat = Messages.newChatId();
        InboundMessage question = Messages.inPrivate(chat, now()).text("How long does a deposit take?").build();

        assertThat(accept(question)).isEqualTo(IntakeResult.STORED);

        OutboxEntry entry = awaitOutbox(chat, e -> e.getStatus() == OutboxStatus.SENT);
        List<Sent> sent = gateway.sentTo(chat);
        assertThat(sent).singleElement().satisfies(s -> {
            assertThat(s.message().replyToMessageId()).isEqualTo(question.messageId());
            assertThat(s.message().conversationKey()).isEqualTo(question.conversationKey());
            assertThat(s.message().text()).isEqualTo(KeywordAnswerEngine.DEPOSIT_ANSWER_EN);
            assertThat(s.message().sender()).as("an answer, which a forum member can accept")
                    .isEqualTo(Sender.BOT_ANSWER);
        });
        assertThat(entry.getPlatformMessageId()).isEqualTo(sent.get(0).platformId());
        assertThat(entry.getDecisionKey()).isEqualTo("reply:telegram:" + question.eventId());
        assertThat(entry.getAttempts()).isEqualTo(1);

        SupportThread thread = threadsIn(Channel.TELEGRAM, chat).get(0);
        assertThat(thread.getStatus()).isEqualTo(ThreadStatus.ANSWERED);
        assertThat(messagesIn(thread)).extracting(ThreadMessage::getDirection, ThreadMessage::getExternalId)
                .containsExactly(tuple(Direction.IN, question.messageId()),
                        tuple(Direction.OUT, sent.get(0).platformId()));
        assertThat(awaitEvent(question, InboundStatus.PROCESSED).getProcessedAt()).isNotNull();
        assertThat(ticketsIn(chat)).isEmpty();
    }

    @Test
    void unknownPrivateQuestionOpensTicketAndTellsItsNumber() {
        String chat = Messages.newChatId();
        NotifyBuilder queued = new NotifyBuilder(camel).fromRoute("ticket-queue-log")
                .whenAnyDoneMatches(exchange -> exchange.getMessage().getBody(String.class)
                        .contains("\"subject\":\"my account is frozen after the KYC check\""))
                .create();

        accept(Messages.inPrivate(chat, now()).text("my account is frozen after the KYC check").build());

        OutboxEntry notice = awaitOutbox(chat, e -> e.getStatus() == OutboxStatus.SENT);
        Ticket ticket = ticketsIn(chat).get(0);
        assertThat(gateway.sentTo(chat)).singleElement().extracting(sent -> sent.message().sender())
                .as("a notice, which answers nothing").isEqualTo(Sender.BOT_NOTICE);
        assertThat(notice.getText()).isEqualTo("We've passed your question to our support team. Your ticket number is "
                + ticket.getNumber() + "; an agent will reply here.");
        assertThat(ticket.getReason()).isEqualTo("no-confident-answer");
        assertThat(ticket.getSubject()).isEqualTo("my account is frozen after the KYC check");
        assertThat(ticket.getPriority()).isEqualTo(TicketPriority.NORMAL);
        assertThat(ticket.getCategory()).isEqualTo(TicketCategory.OTHER);
        assertThat(ticket.getThread().getStatus()).isEqualTo(ThreadStatus.ESCALATED);
        assertThat(ticketEvents.findByTicketOrderByAtAscIdAsc(ticket)).extracting(TicketEvent::getAction)
                .containsExactly("created");
        assertThat(queued.matches(10, TimeUnit.SECONDS))
                .as("ticket %s published to the ticket queue", ticket.getNumber()).isTrue();
    }

    @Test
    void ticketNoticeInAGroupPointsToAPrivateChatWithTheBotInsteadOfAnsweringThere() {
        String group = Messages.newChatId();
        accept(Messages.inGroup(group, now()).mentioningBot().text("my account is frozen after the KYC check").build());

        OutboxEntry notice = awaitOutbox(group, e -> e.getStatus() == OutboxStatus.SENT);
        Ticket ticket = ticketsIn(group).get(0);
        assertThat(notice.getText()).isEqualTo("Thanks, we've opened ticket " + ticket.getNumber() + " for you."
                + " Please don't post account details in this group: send me a private message (tap my name and"
                + " press Start) with the number " + ticket.getNumber() + ", and our support team will continue"
                + " there.");
        assertThat(ticket.getReason()).isEqualTo("no-confident-answer");
    }

    /** Issue 11: the forum has no private messages; the notice says the answer comes in the topic. */
    @Test
    void ticketNoticeInAForumTopicPointsToTheTopicNotToPrivateMessages() {
        String topic = Messages.newChatId();
        accept(Messages.inGroup(topic, now()).channel(Channel.FORUM).mentioningBot().language("en")
                .text("我的账户被冻结了，怎么解冻？").build());

        OutboxEntry notice = awaitOutbox(topic, e -> true);
        assertThat(notice.getText()).contains(ticketsIn(topic).get(0).getNumber(), "客服人员会在本帖中回复您")
                .doesNotContain("私信", "私聊");
    }

    @Test
    void whenThePlatformTakesNoMoreRepliesTheQuestionBecomesATicketAndNothingIsQueued() {
        String chat = Messages.newChatId();
        InboundMessage question = Messages.inPrivate(chat, now()).text("How long does a deposit take?").build();
        gateway.closeReplyWindow(question.conversationKey());

        accept(question);

        awaitEvent(question, InboundStatus.PROCESSED);
        assertThat(ticketsIn(chat)).singleElement().satisfies(ticket -> {
            assertThat(ticket.getReason()).isEqualTo("reply-window-closed");
            assertThat(ticket.getThread().getStatus()).isEqualTo(ThreadStatus.ESCALATED);
        });
        assertThat(outboxFor(chat)).isEmpty();
        assertThat(gateway.attemptsTo(chat)).isZero();
    }

    /** Issue 11: the member's app is in English, the question in Chinese: the notice is in Chinese. */
    @Test
    void ticketNoticeIsInTheLanguageOfTheQuestion() {
        String chat = Messages.newChatId();
        accept(Messages.inPrivate(chat, now()).language("en").text("我的账户被冻结了").build());

        OutboxEntry notice = awaitOutbox(chat, e -> e.getStatus() == OutboxStatus.SENT);
        assertThat(notice.getText()).contains("工单号", ticketsIn(chat).get(0).getNumber());
    }

    @Test
    void aShortMessageIsAnsweredInTheMembersLanguage() {
        String chat = Messages.newChatId();
        accept(Messages.inPrivate(chat, now()).language("zh-hans").text("/start").build());

        OutboxEntry welcome = awaitOutbox(chat, e -> e.getStatus() == OutboxStatus.SENT);
        assertThat(welcome.getText()).contains("人工客服");
    }

    /** Issue 15: the member already saw the suggested articles, so even a question the bot knows is a ticket. */
    @Test
    void aFiledRequestBecomesATicketInTheFormsCategoryUnderItsSubject() {
        String chat = Messages.newChatId();
        FiledRequest form = new FiledRequest(TicketCategory.TRADING, "Order filled at the wrong price",
                new LinkedHashMap<>(Map.of("order id", "88123")), List.of("spot-fees", "order-types"));

        accept(Messages.inPrivate(chat, now()).text("How long does a deposit take?")
                .filing(form).build());

        OutboxEntry notice = awaitOutbox(chat, e -> e.getStatus() == OutboxStatus.SENT);
        Ticket ticket = ticketsIn(chat).get(0);
        assertThat(notice.getText()).contains(ticket.getNumber());
        assertThat(ticket.getReason()).isEqualTo("request-filed");
        assertThat(ticket.getCategory()).isEqualTo(TicketCategory.TRADING);
        assertThat(ticket.getSubject()).isEqualTo("Order filled at the wrong price");
        assertThat(ticketEvents.findByTicketOrderByAtAscIdAsc(ticket)).first().extracting(TicketEvent::getDetail)
                .asString().contains("reason: request-filed", "order id: 88123", "suggested: spot-fees, order-types");
    }

    /** Issue 19: a call-back for an account-security emergency is filed URGENT, and its ticket is. */
    @Test
    void aFiledRequestsTicketHasThePriorityTheFormGaveIt() {
        String chat = Messages.newChatId();
        accept(Messages.inPrivate(chat, now()).text("Somebody changed my 2FA phone")
                .filing(new FiledRequest(TicketCategory.ACCOUNT_SECURITY, "Call back: Account security emergency",
                        null, null, TicketPriority.URGENT)).build());

        awaitOutbox(chat, e -> e.getStatus() == OutboxStatus.SENT);
        assertThat(ticketsIn(chat)).singleElement().satisfies(ticket -> {
            assertThat(ticket.getPriority()).isEqualTo(TicketPriority.URGENT);
            assertThat(ticket.getCategory()).isEqualTo(TicketCategory.ACCOUNT_SECURITY);
        });
    }

    @Test
    void aVipMembersFiledRequestIsInTheVipLaneLikeAnyTicket() {
        String chat = Messages.newChatId();
        inTransaction(() -> {
            Member vip = new Member(Channel.TELEGRAM, chat, now());
            vip.setVip(true, now());
            return members.save(vip);
        });

        accept(Messages.inPrivate(chat, now()).text("My withdrawal is stuck")
                .filing(new FiledRequest(TicketCategory.DEPOSIT_WITHDRAWAL, "Withdrawal stuck", null, null)).build());

        awaitOutbox(chat, e -> e.getStatus() == OutboxStatus.SENT);
        assertThat(ticketsIn(chat)).singleElement().satisfies(ticket -> {
            assertThat(ticket.getReason()).isEqualTo("request-filed");
            assertThat(ticket.isForVip()).isTrue();
            assertThat(ticket.getPriority()).isEqualTo(TicketPriority.HIGH);
        });
    }

    @Test
    void vipAskingForAHumanGetsHighPriorityTicket() {
        String chat = Messages.newChatId();
        inTransaction(() -> {
            Member vip = new Member(Channel.TELEGRAM, chat, now());
            vip.setVip(true, now());
            return members.save(vip);
        });

        accept(Messages.inPrivate(chat, now()).text("How long does a deposit take? I want to talk to a human").build());

        awaitOutbox(chat, e -> e.getStatus() == OutboxStatus.SENT);
        assertThat(ticketsIn(chat)).singleElement().satisfies(ticket -> {
            assertThat(ticket.getReason()).isEqualTo("human-requested");
            assertThat(ticket.getPriority()).isEqualTo(TicketPriority.HIGH);
        });
    }

    @Test
    void groupChatterIsStoredButNeitherAnsweredNorTicketed() {
        String group = Messages.newChatId();
        InboundMessage chatter = Messages.inGroup(group, now()).text("anyone else think BTC goes to 100k?").build();

        accept(chatter);

        awaitEvent(chatter, InboundStatus.PROCESSED);
        assertThat(threadsIn(Channel.TELEGRAM, group)).singleElement()
                .satisfies(thread -> assertThat(messagesIn(thread)).extracting(ThreadMessage::getText)
                        .containsExactly("anyone else think BTC goes to 100k?"));
        assertThat(outboxFor(group)).isEmpty();
        assertThat(ticketsIn(group)).isEmpty();
        assertThat(gateway.attemptsTo(group)).isZero();
    }

    @Test
    void groupMentionWithUnansweredQuestionOpensTicketInItsCategory() {
        String group = Messages.newChatId();
        InboundMessage mention = Messages.inGroup(group, now()).mentioningBot()
                .text("@SwitchboardBot my withdraw has been pending for two days").build();

        accept(mention);

        OutboxEntry notice = awaitOutbox(group, e -> e.getStatus() == OutboxStatus.SENT);
        Ticket ticket = ticketsIn(group).get(0);
        assertThat(ticket.getCategory()).isEqualTo(TicketCategory.DEPOSIT_WITHDRAWAL);
        assertThat(notice.getReplyToExternalId()).isEqualTo(mention.messageId());
        assertThat(notice.getText()).contains(ticket.getNumber());
        assertThat(ticketEvents.findByTicketOrderByAtAscIdAsc(ticket)).singleElement()
                .satisfies(event -> assertThat(event.getDetail()).contains(KeywordAnswerEngine.WITHDRAWAL_ARTICLE));
    }

    @Test
    void sameEventDeliveredTwiceIsStoredAndAnsweredOnce() {
        String chat = Messages.newChatId();
        InboundMessage question = Messages.inPrivate(chat, now()).text("deposit not arrived?").build();

        assertThat(accept(question)).isEqualTo(IntakeResult.STORED);
        assertThat(accept(question)).isEqualTo(IntakeResult.DUPLICATE);

        awaitOutbox(chat, e -> e.getStatus() == OutboxStatus.SENT);
        assertThat(accept(question)).isEqualTo(IntakeResult.DUPLICATE);
        SupportThread thread = threadsIn(Channel.TELEGRAM, chat).get(0);
        assertThat(messagesIn(thread)).filteredOn(m -> m.getDirection() == Direction.IN).hasSize(1);
        assertThat(gateway.sentTo(chat)).hasSize(1);
    }

    @Test
    void concurrentDeliveriesOfOneEventStoreItOnce() throws Exception {
        String chat = Messages.newChatId();
        InboundMessage question = Messages.inPrivate(chat, now()).text("deposit?").build();
        List<IntakeResult> outcomes = AtOnce.run(Collections.nCopies(4, () -> accept(question)));
        assertThat(outcomes).containsOnlyOnce(IntakeResult.STORED)
                .filteredOn(r -> r == IntakeResult.DUPLICATE).hasSize(3);
        awaitOutbox(chat, e -> e.getStatus() == OutboxStatus.SENT);
        assertThat(gateway.sentTo(chat)).hasSize(1);
    }

    @Test
    void eventLeftReceivedByACrashIsDecidedByTheLanesPoll() {
        String chat = Messages.newChatId();
        InboundMessage question = Messages.inPrivate(chat, now()).text("how long does a deposit take").build();
        // Stored, then the process died before a worker took it.
        inTransaction(() -> events.save(new InboundEvent(question, json.write(question), now().minusSeconds(60))));

        awaitEvent(question, InboundStatus.PROCESSED);
        awaitOutbox(chat, e -> e.getStatus() == OutboxStatus.SENT);
        assertThat(gateway.sentTo(chat)).singleElement()
                .satisfies(s -> assertThat(s.message().replyToMessageId()).isEqualTo(question.messageId()));
    }

    @Test
    void editUpdatesStoredTextAndSendsNothing() {
        String group = Messages.newChatId();
        InboundMessage original = Messages.inGroup(group, now()).text("gm everyone").build();
        accept(original);
        awaitEvent(original, InboundStatus.PROCESSED);

        InboundMessage edit = Messages.inGroup(group, now().plusSeconds(20)).from(original.author().platformId())
                .changing(original, InboundKind.EDIT).text("how long does a deposit take").build();
        accept(edit);
        awaitEvent(edit, InboundStatus.PROCESSED);

        ThreadMessage stored = messages.findFirstByChannelAndDirectionAndExternalId(Channel.TELEGRAM, Direction.IN,
                original.messageId()).orElseThrow();
        assertThat(stored.getText()).isEqualTo("how long does a deposit take");
        assertThat(stored.getEditedAt()).isEqualTo(edit.receivedAt());
        assertThat(outboxFor(group)).isEmpty();

        InboundMessage removal = Messages.inGroup(group, now().plusSeconds(40)).changing(original, InboundKind.REMOVAL)
                .build();
        accept(removal);
        awaitEvent(removal, InboundStatus.PROCESSED);
        assertThat(messages.findById(stored.getId()).orElseThrow().isRemoved()).isTrue();
        assertThat(gateway.attemptsTo(group)).isZero();
    }

    @Test
    void channelPostsAndSignalsAreKeptAsEventsOnly() {
        String channelChat = Messages.newChatId();
        InboundMessage post = Messages.inGroup(channelChat, now()).kind(InboundKind.CHANNEL_POST)
                .text("Listing announcement: how long does a deposit take").build();
        InboundMessage reaction = Messages.inGroup(channelChat, now()).kind(InboundKind.SIGNAL).build();

        accept(post);
        accept(reaction);

        awaitEvent(post, InboundStatus.PROCESSED);
        awaitEvent(reaction, InboundStatus.PROCESSED);
        assertThat(threadsIn(Channel.TELEGRAM, channelChat)).isEmpty();
        assertThat(outboxFor(channelChat)).isEmpty();
    }

    @Test
    void aMembersAnswerToAnAgentsReplyOpensTheTicketAgain() {
        String chat = Messages.newChatId();
        accept(Messages.inPrivate(chat, now()).text("my account is locked").build());
        awaitOutbox(chat, e -> e.getStatus() == OutboxStatus.SENT);
        Ticket ticket = ticketsIn(chat).get(0);
        staffReplies.reply(ticket.getThread().getId(), "dana", "Which email is the account on?");
        assertThat(messagesIn(ticket.getThread())).last()
                .extracting(ThreadMessage::getAuthorName, ThreadMessage::getText)
                .containsExactly("dana", "Which email is the account on?");
        assertThat(awaitOutbox(chat, e -> e.getText().startsWith("Which email")).toMessage().sender())
                .as("the staff member speaks, for channels that show who").isEqualTo(Sender.staff("dana"));
        assertThat(tickets.findById(ticket.getId()).orElseThrow().getStatus()).isEqualTo(TicketStatus.PENDING_USER);

        InboundMessage answer = Messages.inPrivate(chat, now().plusSeconds(30)).text("it is carol@example.com").build();
        accept(answer);
        awaitEvent(answer, InboundStatus.PROCESSED);

        assertThat(tickets.findById(ticket.getId()).orElseThrow().getStatus()).isEqualTo(TicketStatus.OPEN);
        assertThat(ticketEvents.findByTicketOrderByAtAscIdAsc(ticket)).extracting(TicketEvent::getActor,
                TicketEvent::getAction, TicketEvent::getDetail).endsWith(
                        tuple("member", "member-message", "it is carol@example.com"),
                        tuple("member", "status-changed", "PENDING_USER -> OPEN"));
    }

    @Test
    void followUpInEscalatedThreadJoinsTheTicketInsteadOfOpeningAnother() {
        String chat = Messages.newChatId();
        accept(Messages.inPrivate(chat, now()).text("my account is locked").build());
        awaitOutbox(chat, e -> e.getStatus() == OutboxStatus.SENT);

        InboundMessage followUp = Messages.inPrivate(chat, now().plusSeconds(30)).text("hello? any update?").build();
        accept(followUp);
        awaitEvent(followUp, InboundStatus.PROCESSED);

        Ticket ticket = ticketsIn(chat).get(0);
        assertThat(ticketsIn(chat)).hasSize(1);
        assertThat(ticketEvents.findByTicketOrderByAtAscIdAsc(ticket)).extracting(TicketEvent::getAction,
                TicketEvent::getDetail).containsExactly(tuple("created",
                        "reason: no-confident-answer"),
                tuple("member-message", "hello? any update?"));
        assertThat(outboxFor(chat)).hasSize(1);

        clock.advance(Duration.ofSeconds(2));
        accept(Messages.inPrivate(chat, now()).text("also, how long does a deposit take?").build());
        await().until(() -> gateway.sentTo(chat).size() == 2);
        assertThat(gateway.sentTo(chat).get(1).message().text()).isEqualTo(KeywordAnswerEngine.DEPOSIT_ANSWER_EN);
        assertThat(threadsIn(Channel.TELEGRAM, chat)).singleElement()
                .satisfies(thread -> assertThat(thread.getStatus()).isEqualTo(ThreadStatus.ESCALATED));
    }

    @Test
    void startCommandIsWelcomedInTheMembersLanguage() {
        String chat = Messages.newChatId();
        accept(Messages.inPrivate(chat, now()).language("zh-hans").text("/start").build());

        OutboxEntry welcome = awaitOutbox(chat, e -> e.getStatus() == OutboxStatus.SENT);
        assertThat(welcome.getText()).contains("人工客服", "充值");
        assertThat(ticketsIn(chat)).isEmpty();
    }

    @Test
    void screenshotWithoutCaptionInPrivateIsEscalatedWithItsAttachmentKept() {
        String chat = Messages.newChatId();
        accept(Messages.inPrivate(chat, now()).attachment(new Attachment("photo", "AgACAgIAAxk", null)).build());

        awaitOutbox(chat, e -> e.getStatus() == OutboxStatus.SENT);
        assertThat(ticketsIn(chat)).singleElement()
                .satisfies(ticket -> assertThat(ticket.getSubject()).isEqualTo("(no text)"));
        assertThat(messagesIn(threadsIn(Channel.TELEGRAM, chat).get(0)).get(0).getAttachments())
                .contains("AgACAgIAAxk");
    }

    @Test
    void failureIsRecordedOnTheEventAndLaterEventsStillFlow() {
        String chat = Messages.newChatId();
        InboundMessage failing = Messages.inPrivate(chat, now()).text("please explode").build();
        InboundMessage next = Messages.inPrivate(Messages.newChatId(), now()).text("deposit time?").build();

        accept(failing);
        accept(next);

        InboundEvent failed = awaitEvent(failing, InboundStatus.FAILED);
        assertThat(failed.getError()).contains("the answer engine exploded");
        assertThat(threadsIn(Channel.TELEGRAM, chat)).as("the failed event's work is rolled back").isEmpty();
        awaitEvent(next, InboundStatus.PROCESSED);
        awaitOutbox(next.chat().chatId(), e -> e.getStatus() == OutboxStatus.SENT);
    }

    @Test
    void aMessageThatLosesADatabaseLockIsTriedAgainAndAnswered() {
        String chat = Messages.newChatId();
        InboundMessage contended = Messages.inPrivate(chat, now())
                .text(KeywordAnswerEngine.CONTENDED_WORD + ": deposit time?").build();

        accept(contended);

        awaitEvent(contended, InboundStatus.PROCESSED);
        assertThat(awaitOutbox(chat, e -> e.getStatus() == OutboxStatus.SENT).getText())
                .isEqualTo(KeywordAnswerEngine.DEPOSIT_ANSWER_EN);
        assertThat(threadsIn(Channel.TELEGRAM, chat)).as("the lost tries left nothing behind").hasSize(1);
    }

    @Test
    void aMessageThatKeepsLosingADatabaseLockIsRecordedAsFailedAfterItsRetries() {
        String chat = Messages.newChatId();
        InboundMessage deadlocked = Messages.inPrivate(chat, now())
                .text(KeywordAnswerEngine.DEADLOCKED_WORD + " deposit").build();

        accept(deadlocked);

        InboundEvent failed = awaitEvent(deadlocked, InboundStatus.FAILED);
        assertThat(failed.getError()).contains("deadlock detected while answering");
        assertThat(threadsIn(Channel.TELEGRAM, chat)).isEmpty();
    }

    @Test
    void chatTitleChangesAreKept() {
        String group = Messages.newChatId();
        InboundMessage first = Messages.inGroup(group, now()).titled("Old name").text("hi all").build();
        InboundMessage second = Messages.inGroup(group, now()).titled("New name").text("hi again").build();

        accept(first);
        accept(second);

        awaitEvent(second, InboundStatus.PROCESSED);
        assertThat(chats.findByChannelAndChatId(Channel.TELEGRAM, group).orElseThrow().getTitle())
                .isEqualTo("New name");
    }
}
