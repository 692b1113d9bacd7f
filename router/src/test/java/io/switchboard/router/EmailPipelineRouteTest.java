package io.switchboard.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.guard.GuardAction;
import io.switchboard.core.guard.GuardDecision;
import io.switchboard.core.guard.GuardDecisionRepository;
import io.switchboard.core.inbound.Attachment;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundStatus;
import io.switchboard.core.inbound.Screening;
import io.switchboard.core.member.Member;
import io.switchboard.core.moderation.ModerationDesk;
import io.switchboard.core.moderation.ModerationItem;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxStatus;
import io.switchboard.core.reply.StaffReplies;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketEvent;
import io.switchboard.router.testing.KeywordAnswerEngine;
import io.switchboard.router.testing.MailboxGateway;
import io.switchboard.router.testing.Messages;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The pipeline on the e-mail channel: mail its connector screened out is never answered, a reply to the
 * bot's answer hands over to an agent, and a new ticket's acknowledgement says when to expect a reply.
 */
class EmailPipelineRouteTest extends RouteTestSupport {

    @Autowired
    MailboxGateway mailbox;
    @Autowired
    GuardDecisionRepository decisions;
    @Autowired
    ModerationDesk moderation;
    @Autowired
    StaffReplies staffReplies;

    /** A new mail of the member's, at the test clock's now (a second on, so the thread keeps its order). */
    private InboundMessage send(String address, String text, Screening screening) {
        clock.advance(Duration.ofSeconds(1));
        InboundMessage message = Messages.inPrivate(address, now()).channel(Channel.EMAIL).text(text)
                .screened(screening).build();
        accept(message);
        awaitEvent(message, InboundStatus.PROCESSED);
        return message;
    }

    private InboundMessage send(String address, String text) {
        return send(address, text, Screening.NONE);
    }

    private static String newAddress() {
        return Messages.newChatId() + "@example.com";
    }

    @Test
    void anAutoReplyJoinsTheOpenTicketAndGetsNothing() {
        String address = newAddress();
        send(address, "my account is frozen after the KYC check");
        Ticket ticket = ticketsIn(address).get(0);

        InboundMessage autoReply = send(address, "I am out of the office until Monday.",
                Screening.noAnswer("Auto-Submitted: auto-replied"));

        assertThat(outboxFor(address)).as("only the first mail's acknowledgement").hasSize(1);
        assertThat(ticketsIn(address)).hasSize(1);
        assertThat(ticketEvents.findByTicketOrderByAtAscIdAsc(ticket)).last()
                .extracting(TicketEvent::getAction, TicketEvent::getDetail)
                .containsExactly("member-message", "I am out of the office until Monday.");
        assertThat(messagesIn(ticket.getThread())).last().extracting(ThreadMessage::getDirection,
                ThreadMessage::getExternalId).containsExactly(Direction.IN, autoReply.messageId());
    }

    @Test
    void machineMailWithoutATicketOpensNoneAndAScreenedStatusCommandIsNotAnswered() {
        String address = newAddress();
        InboundMessage bulk = send(address, "my withdrawal is stuck, weekly digest",
                Screening.noAnswer("Precedence: bulk"));
        InboundMessage status = send(address, "/status", Screening.noAnswer("List-Id: <news.example.com>"));

        assertThat(ticketsIn(address)).isEmpty();
        assertThat(outboxFor(address)).isEmpty();
        assertThat(messagesIn(threadsIn(Channel.EMAIL, address).get(0))).extracting(ThreadMessage::getExternalId)
                .as("kept in the thread for staff").containsExactly(bulk.messageId(), status.messageId());
    }

    @Test
    void mailImpersonatingTheExchangeIsHeldForModeratorsWithTheReasonAndNeverAnswered() {
        String address = "security@novaex.com";
        String reason = "claims novaex.com from outside: dmarc=fail spf=fail";
        InboundMessage spoof = send(address, "How long does a deposit take?", Screening.impersonation(reason));

        GuardDecision decision = decisions.findByEventKey("guard:email:" + spoof.eventId()).orElseThrow();
        assertThat(decision.getAction()).isEqualTo(GuardAction.HOLD);
        assertThat(decision.getFindings()).contains(reason);
        assertThat(decision.getMessageId()).isEqualTo(spoof.messageId());
        assertThat(moderation.queue(ModerationItem.Status.OPEN, Channel.EMAIL, PageRequest.of(0, 200)).stream()
                .filter(item -> item.messageId().equals(spoof.messageId()))).singleElement()
                .satisfies(item -> assertThat(item.kind()).isEqualTo("held"));
        assertThat(outboxFor(address)).as("not even the sure answer").isEmpty();
        assertThat(ticketsIn(address)).isEmpty();
    }

    @Test
    void aTicketOfAMailIsNamedByTheMailsSubject() {
        String address = newAddress();
        InboundMessage mail = Messages.inPrivate(address, now()).channel(Channel.EMAIL)
                .titled("Account appeal: frozen after a phone change")
                .text("I need a person to look at my account, it is frozen since yesterday").build();
        accept(mail);
        awaitEvent(mail, InboundStatus.PROCESSED);

        assertThat(ticketsIn(address)).singleElement().extracting(Ticket::getSubject)
                .isEqualTo("Account appeal: frozen after a phone change");
    }

    @Test
    void anAnswerByMailIsTheArticleAloneAndAReplyToItHandsOverToAnAgent() {
        String address = newAddress();
        send(address, "How long does a deposit take?");
        OutboxEntry answer = awaitOutbox(address, entry -> entry.getStatus() == OutboxStatus.SENT);
        assertThat(answer.toMessage().sender()).isEqualTo(Sender.BOT_ANSWER);
        assertThat(answer.getText()).as("the mail template adds \"reply if it did not help\"")
                .isEqualTo(KeywordAnswerEngine.DEPOSIT_ANSWER_EN);
        assertThat(answer.toMessage().choices()).as("a mail has no buttons").isEmpty();

        send(address, "still not working, my deposit has 40 confirmations");

        assertThat(ticketsIn(address)).singleElement().satisfies(ticket -> {
            assertThat(ticket.getReason()).isEqualTo("answer-rejected");
            assertThat(ticket.getSubject()).isEqualTo("still not working, my deposit has 40 confirmations");
        });
        assertThat(outboxFor(address)).as("the answer, then the acknowledgement instead of the answer again")
                .extracting(OutboxEntry::getText).last().asString().contains(ticketsIn(address).get(0).getNumber());
    }

    @Test
    void thanksForAnAnswerByMailIsTheEndOfIt() {
        String address = newAddress();
        send(address, "How long does a deposit take?");

        send(address, "Thanks!");

        assertThat(outboxFor(address)).as("no \"you're welcome\" mail").hasSize(1);
        assertThat(ticketsIn(address)).isEmpty();
    }

    @Test
    void aReplyToAnAnswerInAThreadWithAnOpenTicketJustJoinsIt() {
        String address = newAddress();
        send(address, "my account is frozen after the KYC check");
        send(address, "and how long does a deposit take?");
        assertThat(outboxFor(address)).extracting(OutboxEntry::getText).last()
                .isEqualTo(KeywordAnswerEngine.DEPOSIT_ANSWER_EN);

        send(address, "that did not help");

        assertThat(ticketsIn(address)).hasSize(1);
        assertThat(outboxFor(address)).hasSize(2);
        assertThat(ticketEvents.findByTicketOrderByAtAscIdAsc(ticketsIn(address).get(0))).last()
                .extracting(TicketEvent::getDetail).isEqualTo("that did not help");
    }

    @Test
    void aReplyAfterAnAgentsReplyIsNoHandOver() {
        String address = newAddress();
        send(address, "How long does a deposit take?");
        long thread = threadsIn(Channel.EMAIL, address).get(0).getId();
        staffReplies.reply(thread, "dana", "Could you send the TxID?");

        send(address, "still not working");

        assertThat(ticketsIn(address)).singleElement().extracting(Ticket::getReason)
                .as("the member answers the agent, not the bot").isEqualTo("no-confident-answer");
    }

    @Test
    void theAcknowledgementSaysTheTicketNumberAndWhenToExpectAReplyFromTheSla() {
        String address = newAddress();
        send(address, "my account is frozen after the KYC check");

        Ticket ticket = ticketsIn(address).get(0);
        assertThat(Duration.between(ticket.getCreatedAt(), ticket.getFirstResponseDueAt()))
                .as("the normal priority's first-response target").isEqualTo(Duration.ofHours(4));
        OutboxEntry notice = awaitOutbox(address, entry -> entry.getStatus() == OutboxStatus.SENT);
        assertThat(notice.toMessage().sender()).isEqualTo(Sender.BOT_NOTICE);
        assertThat(notice.getText()).isEqualTo("Thanks for your e-mail. We've passed it to our support team as ticket "
                + ticket.getNumber() + ", and an agent will reply to you by e-mail within 4 hours."
                + " To add anything, just reply to this e-mail.");
        assertThat(mailbox.sentTo(address)).singleElement()
                .satisfies(sent -> assertThat(sent.message().text()).isEqualTo(notice.getText()));
    }

    @Test
    void aChineseAcknowledgementAndAVipsShorterTarget() {
        String address = newAddress();
        inTransaction(() -> {
            Member vip = new Member(Channel.EMAIL, address, now());
            vip.setVip(true, now());
            return members.save(vip);
        });
        clock.advance(Duration.ofSeconds(1));
        accept(Messages.inPrivate(address, now()).channel(Channel.EMAIL).language("zh-hans")
                .text("我的账户被冻结了，请帮我看看").build());

        OutboxEntry notice = awaitOutbox(address, entry -> entry.getStatus() == OutboxStatus.SENT);
        Ticket ticket = ticketsIn(address).get(0);
        assertThat(notice.getText()).as("a VIP's high priority: half of an hour")
                .contains("工单号 " + ticket.getNumber(), "30 分钟内");
    }

    @Test
    void anAgentsFilesGoOutWithTheReplyWhereTheChannelSendsThem() {
        String address = newAddress();
        send(address, "my account is frozen after the KYC check");
        SupportThread thread = threadsIn(Channel.EMAIL, address).get(0);
        List<Attachment> files = List.of(new Attachment("document", "stored:41", "application/pdf"));

        long entryId = staffReplies.reply(thread.getId(), "dana", "Here is the form.", files);

        OutboxEntry entry = outbox.findById(entryId).orElseThrow();
        assertThat(entry.toMessage().attachments()).isEqualTo(files);
        assertThat(messagesIn(thread)).last().satisfies(reply -> {
            assertThat(reply.getDirection()).isEqualTo(Direction.OUT);
            assertThat(reply.getAttachments()).contains("stored:41");
        });
        clock.advance(Duration.ofSeconds(5));
        await().until(() -> mailbox.sentTo(address).size() == 2);
        assertThat(mailbox.sentTo(address)).last()
                .satisfies(sent -> assertThat(sent.message().attachments()).isEqualTo(files));
    }

    @Test
    void filesAreRefusedWhereTheChannelCannotSendThem() {
        String chat = Messages.newChatId();
        accept(Messages.inPrivate(chat, now()).text("my account is locked").build());
        awaitOutbox(chat, entry -> entry.getStatus() == OutboxStatus.SENT);
        SupportThread thread = threadsIn(Channel.TELEGRAM, chat).get(0);

        assertThatThrownBy(() -> staffReplies.reply(thread.getId(), "dana", "Here is the form.",
                List.of(new Attachment("document", "stored:41", "application/pdf"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot send files");
        assertThat(outboxFor(chat)).hasSize(1);
        assertThat(messagesIn(thread)).extracting(ThreadMessage::getDirection, ThreadMessage::getAuthorName)
                .doesNotContain(tuple(Direction.OUT, "dana"));
    }
}
