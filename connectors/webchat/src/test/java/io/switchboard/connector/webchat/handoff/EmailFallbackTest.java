package io.switchboard.connector.webchat.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import io.switchboard.connector.webchat.testing.ChatPeople;
import io.switchboard.connector.webchat.testing.WebchatSpringTest;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.core.livechat.ChatVisitor;
import io.switchboard.core.livechat.ChatVisitors;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxRepository;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketEvent;
import io.switchboard.core.ticket.TicketEventRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A visitor nobody could take leaves an address: agents' replies reach it by mail, once each. */
@WebchatSpringTest
class EmailFallbackTest {

    @Autowired
    ChatPeople people;
    @Autowired
    EmailFallback fallback;
    @Autowired
    ChatVisitors visitors;
    @Autowired
    TicketEventRepository history;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    List<ChannelGateway> gateways;

    @Test
    void theAddressIsKeptAndNotedAndEachAgentReplyIsMailedOnceWithTheTicketsNumber() {
        people.everyoneOffline();
        ChatVisitor visitor = people.visitor("zh");
        Ticket ticket = people.handOff(visitor);

        fallback.leaveAddress(visitor.visitorKey(), "li.wei@example.com");

        assertThat(visitors.find(visitor.visitorKey())).get().extracting(ChatVisitor::email)
                .isEqualTo("li.wei@example.com");
        assertThat(history.findByTicketOrderByAtAscIdAsc(ticket)).extracting(TicketEvent::getAction,
                TicketEvent::getDetail).contains(tuple(EmailFallback.ADDRESS_LEFT,
                "the visitor asked for answers by e-mail at li.wei@example.com"));

        String agent = people.onlineAgent("Alice Wong");
        OutboundMessage reply = new OutboundMessage(Channel.WEBCHAT, visitor.visitorKey(), visitor.visitorKey(), null,
                "您的提现已到账。", TextFormat.PLAIN, Sender.staff(agent), List.of(), null, List.of(),
                "decision-mail-" + visitor.visitorKey());
        webchat().send(reply);
        webchat().send(reply);

        OutboxEntry mail = outbox.findByDecisionKey("webchat-mail:decision-mail-" + visitor.visitorKey())
                .orElseThrow();
        OutboundMessage sent = mail.toMessage();
        assertThat(sent.channel()).isEqualTo(Channel.EMAIL);
        assertThat(sent.chatId()).isEqualTo("li.wei@example.com");
        assertThat(sent.conversationKey()).isEqualTo("webchat-mail:" + visitor.visitorKey());
        assertThat(sent.subject()).isEqualTo("[" + ticket.getNumber() + "] 您的在线咨询有了回复");
        assertThat(sent.text()).startsWith("您的提现已到账。");
        assertThat(outbox.findAll()).filteredOn(entry -> entry.toMessage().conversationKey()
                .equals("webchat-mail:" + visitor.visitorKey())).hasSize(1);
    }

    @Test
    void aVisitorWithoutAnAddressGetsNoMail() {
        ChatVisitor visitor = people.visitor("en");
        people.handOff(visitor);
        String agent = people.onlineAgent("Bo Chen");

        webchat().send(new OutboundMessage(Channel.WEBCHAT, visitor.visitorKey(), visitor.visitorKey(), null,
                "Hello", TextFormat.PLAIN, Sender.staff(agent), List.of(), null, List.of(),
                "decision-nomail-" + visitor.visitorKey()));

        assertThat(outbox.existsByDecisionKey("webchat-mail:decision-nomail-" + visitor.visitorKey())).isFalse();
    }

    private ChannelGateway webchat() {
        return gateways.stream().filter(gateway -> gateway.channel() == Channel.WEBCHAT).findFirst().orElseThrow();
    }
}
