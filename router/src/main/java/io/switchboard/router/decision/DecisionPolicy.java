package io.switchboard.router.decision;

import io.switchboard.core.answer.AnswerDecision;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Decides between answering, staying silent and escalating. The etiquette: in groups the bot
 * speaks only when it is sure or when it was asked, and never opens a ticket for chatter that
 * was not addressed to it; in private chats every question gets an answer or a ticket.
 */
@Component
public class DecisionPolicy {

    /** {@code /start}, {@code /help}, also as {@code /help@SomeBot} and with a deep-link payload. */
    private static final Pattern WELCOME_COMMAND =
            Pattern.compile("^/(start|help)(@\\w+)?(\\s.*)?$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    public Decision decide(MessageFacts message, AnswerDecision answer) {
        String text = message.text().strip();
        boolean addressed = message.addressed();

        if (addressed && WELCOME_COMMAND.matcher(text).matches()) {
            return new Decision.Welcome();
        }
        if (addressed && HumanRequest.in(text)) {
            return message.openTicket()
                    ? new Decision.Silent("the thread's ticket is already with an agent")
                    : new Decision.Escalate(EscalationReason.HUMAN_REQUESTED);
        }
        Optional<SmallTalk> smallTalk = SmallTalk.of(text);
        if (smallTalk.isPresent()) {
            return addressed && smallTalk.get() != SmallTalk.ACKNOWLEDGEMENT
                    ? new Decision.Courtesy(smallTalk.get())
                    : new Decision.Silent("small talk");
        }
        // The engine applies the stricter public threshold itself, so a confident answer may be
        // given in a group even when nobody asked the bot.
        if (answer.autoAnswer() && answer.answer() != null) {
            return new Decision.AutoAnswer(answer.articleKey(), answer.confidence(), answer.answer());
        }
        if (!addressed) {
            return new Decision.Silent("group chatter not addressed to the bot");
        }
        if (text.isEmpty() && !message.hasAttachments()) {
            return new Decision.Silent("nothing to answer");
        }
        if (message.openTicket()) {
            return new Decision.Silent("the thread's ticket is already with an agent");
        }
        return new Decision.Escalate(EscalationReason.NO_CONFIDENT_ANSWER);
    }
}
