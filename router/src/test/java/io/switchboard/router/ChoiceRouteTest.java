package io.switchboard.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.Choice;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundStatus;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketEvent;
import io.switchboard.router.testing.KeywordAnswerEngine;
import io.switchboard.router.testing.Messages;
import io.switchboard.router.testing.RecordingGateway.Sent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A private chat whose platform shows buttons: what the member sees under the bot's answers and
 * offers, and what each press does.
 */
class ChoiceRouteTest extends RouteTestSupport {

    private static final String WITHDRAWAL_TITLE = "My withdrawal has not arrived";
    private static final String WITHDRAWAL_BODY = "Withdrawals are checked within an hour; large ones take longer.";

    @Autowired
    KnowledgeBase knowledge;

    private String chat;

    @BeforeEach
    void privateChatWithButtons() {
        chat = Messages.newChatId();
        gateway.offerChoicesIn(chat);
        if (knowledge.article(KeywordAnswerEngine.WITHDRAWAL_ARTICLE).isEmpty()) {
            knowledge.create(new ArticleContent(KeywordAnswerEngine.WITHDRAWAL_ARTICLE, TicketCategory.DEPOSIT_WITHDRAWAL,
                    List.of(), Map.of("en", new ArticleText(WITHDRAWAL_TITLE, WITHDRAWAL_BODY, List.of()),
                            "zh", new ArticleText("提现未到账", "提现一般在一小时内审核。", List.of()))), "test");
        }
    }

    @Test
    void anAnswerAsksWhetherItSolvedTheProblem() {
        ask("How long does a deposit take?");

        OutboundMessage answer = awaitSent(1).get(0).message();
        assertThat(answer.text()).isEqualTo(KeywordAnswerEngine.DEPOSIT_ANSWER_EN + "\n\nDid this solve it?");
        assertThat(answer.choices()).extracting(Choice::label).containsExactly("✅ Yes", "❌ No");
    }

    @Test
    void noOpensOneTicketShowingTheQuestionTheAnswerAndThePress() {
        InboundMessage question = ask("How long does a deposit take?");
        OutboundMessage answer = awaitSent(1).get(0).message();

        press(button(answer, "❌ No"));
        Sent notice = awaitSent(2).get(1);

        Ticket ticket = ticketsIn(chat).get(0);
        assertThat(notice.message().text()).contains(ticket.getNumber());
        assertThat(ticket.getReason()).isEqualTo("answer-rejected");
        assertThat(ticket.getSubject()).isEqualTo(question.text());
        assertThat(ticketEvents.findByTicketOrderByAtAscIdAsc(ticket))
                .extracting(TicketEvent::getAction, TicketEvent::getDetail)
                .contains(tuple("member-choice",
                        "pressed NO under the answer " + KeywordAnswerEngine.DEPOSIT_ARTICLE + " (0.93)"));
        assertThat(messagesIn(ticket.getThread())).extracting(ThreadMessage::getText).containsExactly(
                question.text(), answer.text(), "❌ No", notice.message().text());
        assertThat(ticket.getThread().getStatus()).isEqualTo(ThreadStatus.ESCALATED);

        press(button(answer, "❌ No"));
        press(button(answer, "✅ Yes"));
        assertThat(ticketsIn(chat)).as("only the first press counts").hasSize(1);
        assertThat(gateway.sentTo(chat)).hasSize(2);
    }

    @Test
    void yesResolvesTheThreadWithoutATicket() {
        ask("How long does a deposit take?");
        OutboundMessage answer = awaitSent(1).get(0).message();

        press(button(answer, "✅ Yes"));

        assertThat(awaitSent(2).get(1).message().text()).isEqualTo("Great, glad that helped! Ask me any time.");
        SupportThread thread = threadsIn(Channel.TELEGRAM, chat).get(0);
        assertThat(thread.getStatus()).isEqualTo(ThreadStatus.CLOSED);
        assertThat(ticketsIn(chat)).isEmpty();
    }

    @Test
    void anUnsureEngineOffersItsArticlesAndThePickedOneIsTheAnswer() {
        ask("my withdrawal is slow");

        OutboundMessage offer = awaitSent(1).get(0).message();
        assertThat(offer.text()).isEqualTo("I'm not sure I understood. Is it one of these?");
        assertThat(offer.choices()).extracting(Choice::label).containsExactly(WITHDRAWAL_TITLE, "🙋 Talk to a human");
        assertThat(ticketsIn(chat)).as("the ticket waits for the member's press").isEmpty();

        press(button(offer, WITHDRAWAL_TITLE));

        OutboundMessage answer = awaitSent(2).get(1).message();
        assertThat(answer.text()).isEqualTo(WITHDRAWAL_BODY + "\n\nDid this solve it?");
        assertThat(answer.choices()).extracting(Choice::label).containsExactly("✅ Yes", "❌ No");
        assertThat(threadsIn(Channel.TELEGRAM, chat).get(0).getStatus()).isEqualTo(ThreadStatus.ANSWERED);

        press(button(offer, "🙋 Talk to a human"));
        assertThat(ticketsIn(chat)).as("the offer was answered by the pick").isEmpty();
    }

    @Test
    void talkToAHumanUnderAnOfferOpensATicket() {
        ask("提现好慢");
        OutboundMessage offer = awaitSent(1).get(0).message();
        assertThat(offer.choices()).extracting(Choice::label).containsExactly("提现未到账", "🙋 转人工客服");

        press(button(offer, "🙋 转人工客服"));

        Ticket ticket = awaitTicket();
        assertThat(ticket.getReason()).as("none of the articles offered answered it").isEqualTo("no-confident-answer");
        assertThat(awaitSent(2).get(1).message().text()).contains(ticket.getNumber());
    }

    @Test
    void pressesThatAreNotTheMembersChangeNothing() {
        ask("How long does a deposit take?");
        OutboundMessage answer = awaitSent(1).get(0).message();
        String no = button(answer, "❌ No");

        String stranger = Messages.newChatId();
        gateway.offerChoicesIn(stranger);
        InboundMessage othersPress = Messages.inPrivate(stranger, now()).kind(InboundKind.CHOICE).text(no).build();
        accept(othersPress);
        awaitEvent(othersPress, InboundStatus.PROCESSED);
        press("sb1:999999999:n");
        press("sb1:" + Long.MAX_VALUE / 10 + ":p3");
        press("delete everything");

        assertThat(ticketsIn(chat)).isEmpty();
        assertThat(ticketsIn(stranger)).isEmpty();
        assertThat(gateway.sentTo(chat)).hasSize(1);
        assertThat(gateway.sentTo(stranger)).isEmpty();
        assertThat(threadsIn(Channel.TELEGRAM, chat).get(0).getStatus()).isEqualTo(ThreadStatus.ANSWERED);
    }

    private InboundMessage ask(String text) {
        InboundMessage question = Messages.inPrivate(chat, now()).text(text).build();
        accept(question);
        return question;
    }

    /**
     * Presses a button in the chat, a little later (the outbox sends one message a second to a chat),
     * and waits until the press is through the intake.
     */
    private void press(String data) {
        clock.advance(Duration.ofSeconds(2));
        InboundMessage press = Messages.inPrivate(chat, now()).kind(InboundKind.CHOICE).text(data).build();
        accept(press);
        awaitEvent(press, InboundStatus.PROCESSED);
    }

    private static String button(OutboundMessage message, String label) {
        return message.choices().stream().filter(choice -> choice.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + label + "' in " + message.choices()))
                .data();
    }

    private List<Sent> awaitSent(int count) {
        return await().until(() -> gateway.sentTo(chat), sent -> sent.size() >= count);
    }

    private Ticket awaitTicket() {
        return await().until(() -> ticketsIn(chat), opened -> !opened.isEmpty()).get(0);
    }
}
