package io.switchboard.router.decision;

import io.switchboard.core.answer.AnswerDecision;
import io.switchboard.core.answer.Suggestion;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Decides between answering, staying silent and escalating. The etiquette: in groups the bot
 * speaks only when it is sure or when it was asked, and never opens a ticket for chatter that
 * was not addressed to it; in private chats every question gets an answer or a ticket. Where the
 * private chat takes buttons, an unsure engine first offers its plausible articles to pick from, with
 * "talk to a human" beside them, and the ticket waits for the member's press. A request filed through a
 * form always becomes a ticket: the person chose its category and already saw the suggested articles.
 * Where a reply to the bot's answer means it did not help (e-mail), that reply becomes a ticket.
 */
@Component
public class DecisionPolicy {

    /** How many articles an offer shows at most: the engine's top three hold the right one 97% of the time. */
    public static final int OFFERED = 3;

    /**
     * The confidence a suggestion needs to be offered as a button. 0.25 is where the engine's best
     * suggestion is already trusted to file a new ticket in its category
     * ({@code switchboard.knowledge.category-confidence}, measured on the development set: 120 of
     * 121 categories right); below it a suggestion is mostly noise. A button that misses costs the
     * member one tap, since "talk to a human" is always offered with it, while an offer of noise
     * would only delay the ticket.
     */
    static final double OFFER_FLOOR = 0.25;

    /** {@code /start}, {@code /help}, also as {@code /help@SomeBot} and with a deep-link payload. */
    private static final Pattern WELCOME_COMMAND =
            Pattern.compile("^/(start|help)(@\\w+)?(\\s.*)?$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** {@code /status}, also as {@code /status@SomeBot}, optionally followed by a ticket number. */
    private static final Pattern STATUS_COMMAND =
            Pattern.compile("^/status(?:@\\w+)?(?:\\s+(\\S.*?))?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** {@code /verify}, also as {@code /verify@SomeBot}, optionally followed by what to check. */
    private static final Pattern VERIFY_COMMAND =
            Pattern.compile("^/verify(?:@\\w+)?(?:\\s+(\\S.*?))?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /**
     * Whether the message is a member's {@code /verify}. Asked, like {@link #statusRequest}, before the message is
     * threaded: the answer is the verifier's alone and opens neither a thread nor a ticket.
     *
     * @param addressesBot as in {@link MessageFacts}: in a group, {@code /verify@OtherBot} is not ours
     */
    public Optional<VerifyRequest> verifyRequest(String text, boolean privateChat, boolean addressesBot) {
        if (!privateChat && !addressesBot) {
            return Optional.empty();
        }
        Matcher command = VERIFY_COMMAND.matcher(text.strip());
        return command.matches() ? Optional.of(new VerifyRequest(command.group(1))) : Optional.empty();
    }

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

        if (message.filedRequest()) {
            return message.openTicket()
                    ? new Decision.Silent("the thread's ticket is already with an agent")
                    : new Decision.Escalate(EscalationReason.REQUEST_FILED);
        }
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
            // "thanks" for an answer by e-mail is the end of the conversation, not the start of another mail
            return addressed && smallTalk.get() != SmallTalk.ACKNOWLEDGEMENT && !message.followsAnswer()
                    ? new Decision.Courtesy(smallTalk.get())
                    : new Decision.Silent("small talk");
        }
        // The answer said "reply if it did not help and an agent will take over": an agent does, before
        // the engine could answer the same question with the same article again.
        if (message.followsAnswer()) {
            return message.openTicket()
                    ? new Decision.Silent("the thread's ticket is already with an agent")
                    : new Decision.Escalate(EscalationReason.ANSWER_REJECTED);
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
        if (message.privateChat() && message.choicesOffered()) {
            List<Suggestion> plausible = answer.suggestions().stream()
                    .filter(suggestion -> suggestion.confidence() >= OFFER_FLOOR).limit(OFFERED).toList();
            if (!plausible.isEmpty()) {
                return new Decision.Offer(plausible);
            }
        }
        return new Decision.Escalate(EscalationReason.NO_CONFIDENT_ANSWER);
    }
}
