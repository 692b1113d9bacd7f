package io.switchboard.router.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.member.MemberRepository;
import io.switchboard.core.ticket.TicketEventRepository;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.router.decision.StatusRequest;
import io.switchboard.router.outbox.Outbox;
import io.switchboard.router.testing.Messages;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Issue 15: Telegram's {@code /status} points to the help center's "my requests" when it has an address. */
class TicketStatusAnswersTest {

    private final MemberRepository members = mock(MemberRepository.class);
    private final Outbox outbox = mock(Outbox.class);

    private String answerWith(String helpCenterUrl) {
        when(members.findByChannelAndPlatformId(any(), anyString())).thenReturn(Optional.empty());
        new TicketStatusAnswers(members, mock(TicketRepository.class), mock(TicketEventRepository.class),
                new Replies(), outbox, helpCenterUrl)
                .answer(Messages.inPrivate(Messages.newChatId(), Instant.now()).text("/status").build(),
                        new StatusRequest(null));
        ArgumentCaptor<OutboundMessage> sent = ArgumentCaptor.forClass(OutboundMessage.class);
        verify(outbox).enqueue(anyString(), sent.capture());
        return sent.getValue().text();
    }

    @Test
    void theAnswerLinksToMyRequestsInTheHelpCenter() {
        assertThat(answerWith("https://help.example.com/")).endsWith(
                "\n\nYour requests in the help center: https://help.example.com/help/my/requests");
    }

    @Test
    void withoutThePublicAddressThereIsNoLink() {
        assertThat(answerWith("")).doesNotContain("help center", "/help/");
    }
}
