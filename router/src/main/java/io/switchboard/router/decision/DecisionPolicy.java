package io.switchboard.router.decision;

import io.switchboard.core.answer.AnswerDecision;
import java.util.Optional;
import java.util.regex.Matcher;
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

    /** {@code /status}, also as {@code /status@SomeBot}, optionally followed by a ticket number. */
    private static final Pattern STATUS_COMMAND =
            Pattern.compile("^/status(?:@\\w+)?(?:\\s+(\\S.*?))?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /**
     * Whether the message is a member's {@code /status}. Asked before the message is threaded or
     * shown to the answer engine: the answer comes from the member's tickets alone, and the
     * question opens neither a thread nor a ticket.
     *
     * @param addressesBot as in {@link MessageFacts}: in a group, {@code /status@OtherBot} is not ours
     */
    public Optional<StatusRequest> statusRequest(String text, boolean privateChat, boolean addressesBot) {
        if (!privateChat && !addressesBot) {
            return Optional.empty();
        }
        Matcher command = STATUS_COMMAND.matcher(text.strip());
        return command.matches() ? Optional.of(new StatusRequest(command.group(1))) : Optional.empty();
    }

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
