package io.switchboard.router.reply;

import io.switchboard.core.answer.AnswerOutcome;
import io.switchboard.core.answer.BotAnswer;
import io.switchboard.core.answer.BotAnswerRepository;
import io.switchboard.core.answer.Suggestion;
import io.switchboard.core.gateway.Choice;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.knowledge.StoredArticle;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.router.language.Language;
import io.switchboard.router.outbox.Outbox;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues the bot's messages that carry buttons, each with the {@link BotAnswer} its buttons point
 * to, in the caller's transaction: an answer asks "Did this solve it?" (Yes / No), an offer lists
 * the titles of the engine's plausible articles and "talk to a human". Only for conversations whose
 * gateway offers choices.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class ChoiceReplies {

    private final BotAnswerRepository answers;
    private final Outbox outbox;
    private final Replies replies;
    private final KnowledgeBase knowledge;
    private final Clock clock;

    ChoiceReplies(BotAnswerRepository answers, Outbox outbox, Replies replies, KnowledgeBase knowledge, Clock clock) {
        this.answers = answers;
        this.outbox = outbox;
        this.replies = replies;
        this.knowledge = knowledge;
        this.clock = clock;
    }

    /**
     * @param question the member's message answered
     * @param articleKey the article (or announcement) the answer is
     */
    void answer(String decisionKey, SupportThread thread, ThreadMessage question, String articleKey,
            double confidence, String text, Language language) {
        BotAnswer asked = answers.save(new BotAnswer(thread, BotAnswer.Kind.ANSWER, List.of(articleKey), question,
                confidence, clock.instant()));
        List<Choice> buttons = List.of(button(asked, AnswerOutcome.YES, language),
                button(asked, AnswerOutcome.NO, language));
        outbox.enqueue(decisionKey, thread, question.getExternalId(),
                text + "\n\n" + replies.solvedQuestion(language), Sender.BOT_ANSWER, buttons);
    }

    /**
     * Offers the suggestions that are articles (an announcement has no title to show on a button),
     * in their order, each under its title in the member's language.
     *
     * @return false, and nothing is queued, when none of them is an article
     */
    boolean offer(String decisionKey, SupportThread thread, ThreadMessage question, List<Suggestion> suggestions,
            Language language) {
        List<String> keys = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (Suggestion suggestion : suggestions) {
            Optional<StoredArticle> article = knowledge.article(suggestion.articleKey());
            article.ifPresent(found -> {
                keys.add(suggestion.articleKey());
                titles.add(oneLine(found.content().variant(language.code()).title()));
            });
        }
        if (keys.isEmpty()) {
            return false;
        }
        BotAnswer offer = answers.save(new BotAnswer(thread, BotAnswer.Kind.OFFER, keys, question,
                suggestions.get(0).confidence(), clock.instant()));
        List<Choice> buttons = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            buttons.add(ChoiceData.picking(offer, i + 1).labelled(titles.get(i)));
        }
        buttons.add(button(offer, AnswerOutcome.HUMAN, language));
        outbox.enqueue(decisionKey, thread, question.getExternalId(), replies.offer(language), Sender.BOT_NOTICE,
                buttons);
        return true;
    }

    private Choice button(BotAnswer asked, AnswerOutcome outcome, Language language) {
        return ChoiceData.of(asked, outcome).labelled(replies.button(language, outcome));
    }

    private static String oneLine(String title) {
        return title.replaceAll("\\s+", " ").strip();
    }
}
