package io.switchboard.router.reply;

import io.switchboard.core.answer.AnswerDecision;
import io.switchboard.core.answer.AnswerEngine;
import io.switchboard.core.answer.AnswerOutcome;
import io.switchboard.core.answer.BotAnswer;
import io.switchboard.core.answer.BotAnswerRepository;
import io.switchboard.core.answer.Suggestion;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.router.decision.EscalationReason;
import io.switchboard.router.language.Language;
import io.switchboard.router.language.LanguageDetector;
import io.switchboard.router.outbox.Outbox;
import io.switchboard.router.threading.ThreadedMessage;
import io.switchboard.router.threading.ThreadingService;
import io.switchboard.router.ticket.TicketCreated;
import io.switchboard.router.ticket.TicketDesk;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a member's press of one of the bot's buttons does, in the intake transaction:
 * <ul>
 *   <li>Yes under an answer: the thread is resolved by the bot (closed, unless an agent has a ticket
 *       of it), and the bot says it is glad;</li>
 *   <li>No under an answer, or "talk to a human" under an offer: a ticket on the member's question,
 *       its history naming the button and the answer or articles it was pressed under (the
 *       conversation shows the question, the answer and the press); a thread whose ticket is still
 *       open gets the press in that ticket's history instead of a second ticket;</li>
 *   <li>an article of an offer: that article, in the member's language, as the answer, with its own
 *       Yes / No.</li>
 * </ul>
 * Only the first press under a message counts: a second press, a double tap, or Telegram delivering
 * the update again changes nothing. The button's data is never trusted: data this version did not
 * write, an answer that does not exist, or one that belongs to another member or conversation is
 * ignored with a log line.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ChoicePresses {

    private static final Logger log = LoggerFactory.getLogger(ChoicePresses.class);

    private final BotAnswerRepository answers;
    private final ThreadingService threading;
    private final TicketDesk desk;
    private final Responder responder;
    private final ChoiceReplies choices;
    private final Outbox outbox;
    private final Replies replies;
    private final KnowledgeBase knowledge;
    private final AnswerEngine engine;
    private final TrustLine trustLine;
    private final Clock clock;

    ChoicePresses(BotAnswerRepository answers, ThreadingService threading, TicketDesk desk, Responder responder,
            ChoiceReplies choices, Outbox outbox, Replies replies, KnowledgeBase knowledge, AnswerEngine engine,
            TrustLine trustLine, Clock clock) {
        this.answers = answers;
        this.threading = threading;
        this.desk = desk;
        this.responder = responder;
        this.choices = choices;
        this.outbox = outbox;
        this.replies = replies;
        this.knowledge = knowledge;
        this.engine = engine;
        this.trustLine = trustLine;
        this.clock = clock;
    }

    /** @return the ticket the press opened, to announce on the ticket queue once the transaction commits */
    public Optional<TicketCreated> press(InboundMessage press) {
        Optional<ChoiceData> data = ChoiceData.parse(press.text());
        if (data.isEmpty()) {
            log.info("{} press {} ignored: its data is not a button of ours", press.channel().key(), press.messageId());
            return Optional.empty();
        }
        ChoiceData pressed = data.get();
        Optional<BotAnswer> found = answers.lockById(pressed.answerId());
        if (found.isEmpty() || !belongsTo(found.get(), press) || !pressed.fits(found.get())) {
            log.warn("{} press {} by {} ignored: no {} of theirs to press it under", press.channel().key(),
                    press.messageId(), press.author().platformId(), pressed.format());
            return Optional.empty();
        }
        BotAnswer asked = found.get();
        if (!asked.decide(pressed.outcome(), clock.instant())) {
            log.info("{} press {} ignored: bot answer {} was already answered {}", press.channel().key(),
                    press.messageId(), asked.getId(), asked.outcome());
            return Optional.empty();
        }
        SupportThread thread = asked.getThread();
        ThreadedMessage question = new ThreadedMessage(thread.getMember(), thread, asked.getQuestion());
        Language language = LanguageDetector.resolve(thread.getMember().getLanguage(), asked.getQuestion().getText());
        String key = Responder.replyKey(press);
        return switch (pressed.outcome()) {
            case YES -> {
                threading.recordPress(press, thread, replies.button(language, AnswerOutcome.YES));
                if (desk.unresolvedTicketOf(thread).isEmpty()) {
                    thread.changeStatus(ThreadStatus.CLOSED, clock.instant());
                }
                outbox.enqueue(key, thread, null, replies.glad(language), Sender.BOT_NOTICE);
                yield Optional.empty();
            }
            case NO, HUMAN -> {
                ThreadedMessage recorded = threading.recordPress(press, thread,
                        replies.button(language, pressed.outcome()));
                yield toHuman(key, asked, question, recorded, language);
            }
            case PICKED -> {
                String articleKey = asked.getArticleKeys().get(pressed.pick() - 1);
                Optional<ArticleText> article = knowledge.article(articleKey)
                        .map(stored -> stored.content().variant(language.code()));
                if (article.isEmpty()) {
                    // deleted since it was offered: a person answers instead
                    threading.recordPress(press, thread, articleKey);
                    yield Optional.of(desk.announcement(responder.escalate(key, null, question,
                            EscalationReason.NO_CONFIDENT_ANSWER, decisionOf(asked), language)));
                }
                threading.recordPress(press, thread, article.get().title());
                choices.answer(key, thread, asked.getQuestion(), articleKey, asked.getConfidence(),
                        trustLine.afterContact(engine.fillIn(article.get().body()), language), language);
                if (thread.getStatus() != ThreadStatus.ESCALATED) {
                    thread.changeStatus(ThreadStatus.ANSWERED, clock.instant());
                }
                yield Optional.empty();
            }
        };
    }

    /** No, or "talk to a human": the thread's open ticket hears of it, or a new ticket is opened. */
    private Optional<TicketCreated> toHuman(String key, BotAnswer asked, ThreadedMessage question,
            ThreadedMessage press, Language language) {
        String detail = "pressed " + asked.outcome() + " under the " + asked.getKind().name().toLowerCase(Locale.ROOT)
                + " " + String.join(", ", asked.getArticleKeys())
                + String.format(Locale.ROOT, " (%.2f)", asked.getConfidence());
        Optional<Ticket> open = desk.unresolvedTicketOf(question.thread());
        if (open.isPresent()) {
            desk.addMemberMessage(open.get(), press.message());
            desk.memberChoice(open.get(), detail);
            return Optional.empty();
        }
        // "Talk to a human" is only offered when no article was sure enough: the ticket counts as
        // such, so the dashboard's questions escalated with no article see it
        EscalationReason reason = asked.outcome() == AnswerOutcome.NO ? EscalationReason.ANSWER_REJECTED
                : EscalationReason.NO_CONFIDENT_ANSWER;
        Ticket ticket = responder.escalate(key, null, question, reason, decisionOf(asked), language);
        desk.memberChoice(ticket, detail);
        return Optional.of(desk.announcement(ticket));
    }

    /** What the engine had said, as far as the record keeps it: for the new ticket's category and suggestions. */
    private static AnswerDecision decisionOf(BotAnswer asked) {
        List<Suggestion> suggestions = asked.getArticleKeys().stream()
                .map(key -> new Suggestion(key, asked.getConfidence())).toList();
        return AnswerDecision.none(suggestions);
    }

    /** The member who was asked, pressing in the conversation they were asked in. */
    private static boolean belongsTo(BotAnswer asked, InboundMessage press) {
        SupportThread thread = asked.getThread();
        return asked.getChannel() == press.channel()
                && thread.getConversationKey().equals(press.conversationKey())
                && thread.getMember().getPlatformId().equals(press.author().platformId());
    }
}
