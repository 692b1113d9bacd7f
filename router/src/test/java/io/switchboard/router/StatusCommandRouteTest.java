package io.switchboard.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundStatus;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxStatus;
import io.switchboard.core.reply.StaffReplies;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketChange;
import io.switchboard.core.ticket.TicketEvent;
import io.switchboard.core.ticket.TicketStatus;
import io.switchboard.core.ticket.TicketWorkflow;
import io.switchboard.router.testing.Messages;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /status}: a member follows their own tickets, and learns nothing about anyone else's. */
class StatusCommandRouteTest extends RouteTestSupport {

    @Autowired
    StaffReplies staffReplies;

    @Autowired
    TicketWorkflow workflow;

    @Test
    void inPrivateTheMemberSeesStateLastChangeAndTheTeamsLatestReplyButNoNames() {
        String chat = Messages.newChatId();
        Ticket ticket = ticketFor(chat);
        staffReplies.reply(ticket.getThread().getId(), "dana", "Please send us the transaction hash.");
        inTransaction(() -> ticketEvents.save(new TicketEvent(ticket, now(), "dana", "note",
                "internal: member seems upset")));
        long threads = this.threads.count();

        String answer = answerTo(Messages.inPrivate(chat, now()).text("/status"));

        Ticket stored = tickets.findById(ticket.getId()).orElseThrow();
        assertThat(answer).isEqualTo("Ticket " + ticket.getNumber() + ": waiting for your reply\n"
                + "Last updated: " + utc(stored) + "\n"
                + "Latest reply from our support team:\nPlease send us the transaction hash.");
        assertThat(answer).doesNotContain("dana", "upset", chat);
        assertThat(this.threads.count()).as("a status request opens no thread").isEqualTo(threads);
        assertThat(ticketsIn(chat)).hasSize(1);
    }

    @Test
    void aStatusChangeByStaffIsWhatTheMemberSeesInTheirLanguage() {
        String chat = Messages.newChatId();
        Ticket ticket = ticketFor(chat);
        workflow.change(ticket.getId(), new TicketChange(TicketStatus.RESOLVED, null, null, null), "dana");

        String answer = answerTo(Messages.inPrivate(chat, now()).language("zh-hans").text("/status " + ticket.getNumber()));

        assertThat(answer).startsWith("工单 " + ticket.getNumber() + "：已解决\n最近更新：");
    }

    @Test
    void inAGroupOnlyNumberAndStatePointingToAPrivateChat() {
        String group = Messages.newChatId();
        InboundMessage question = Messages.inGroup(group, now()).mentioningBot()
                .text("my account is frozen after the KYC check").build();
        accept(question);
        awaitOutbox(group, e -> e.getStatus() == OutboxStatus.SENT);
        Ticket ticket = ticketsIn(group).get(0);
        staffReplies.reply(ticket.getThread().getId(), "dana", "Your account a@b.example is fine.");

        String answer = answerTo(Messages.inGroup(group, now()).from(question.author().platformId()).mentioningBot()
                .text("/status@SwitchboardBot"));

        assertThat(answer).isEqualTo("Ticket " + ticket.getNumber() + ": waiting for your reply\n"
                + "For the details, send /status to me in a private chat.");
    }

    @Test
    void someoneElsesTicketGetsTheSameAnswerAsOneThatDoesNotExist() {
        Ticket theirs = ticketFor(Messages.newChatId());
        String chat = Messages.newChatId();
        ticketFor(chat);

        String other = answerTo(Messages.inPrivate(chat, now()).text("/status " + theirs.getNumber()));
        String missing = answerTo(Messages.inPrivate(chat, now()).text("/status T-999999999"));
        String garbled = answerTo(Messages.inPrivate(chat, now()).text("/status please"));

        assertThat(other).isEqualTo("None of your tickets has that number. Send /status to see your tickets.")
                .isEqualTo(missing).isEqualTo(garbled);
    }

    @Test
    void aMemberWithoutTicketsIsToldSoAndNothingIsCreated() {
        String chat = Messages.newChatId();
        long members = this.members.count();

        String answer = answerTo(Messages.inPrivate(chat, now()).text("/status"));

        assertThat(answer).isEqualTo("You have no support tickets with us. If you need help, just ask your"
                + " question here.");
        assertThat(this.members.count()).isEqualTo(members);
        assertThat(threadsIn(Channel.TELEGRAM, chat)).isEmpty();
    }

    @Test
    void aGroupCommandForAnotherBotIsNotAStatusRequest() {
        String group = Messages.newChatId();
        InboundMessage message = Messages.inGroup(group, now()).text("/status@OtherBot").build();

        accept(message);

        awaitEvent(message, InboundStatus.PROCESSED);
        assertThat(outboxFor(group)).isEmpty();
    }

    /** A private question nobody can answer: the member's ticket. */
    private Ticket ticketFor(String chat) {
        accept(Messages.inPrivate(chat, now()).text("my account is frozen after the KYC check").build());
        awaitOutbox(chat, e -> e.getStatus() == OutboxStatus.SENT);
        clock.advance(Duration.ofMinutes(1));
        return ticketsIn(chat).get(0);
    }

    private static String utc(Ticket ticket) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(java.time.ZoneOffset.UTC).format(ticket.getUpdatedAt());
    }
}
