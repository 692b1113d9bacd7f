package io.switchboard.router.reply;

import io.switchboard.core.answer.AnswerOutcome;
import io.switchboard.core.answer.BotAnswer;
import io.switchboard.core.gateway.Choice;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a button of the bot says when it comes back: the {@link BotAnswer} it was offered under, and
 * the press ({@code sb1:42:y}, {@code sb1:42:n}, {@code sb1:42:h}, or {@code sb1:42:p2} for the
 * second article of an offer). Short enough for Telegram's 64 bytes whatever the id. The data comes
 * from the member's client and proves nothing: {@link ChoicePresses} checks the answer is theirs.
 *
 * @param pick the article's position in the offer (1 to 3) when {@code outcome} is PICKED; else 0
 */
record ChoiceData(long answerId, AnswerOutcome outcome, int pick) {

    /** The format's name and version: a button of an older format is read as unknown, never misread. */
    private static final String PREFIX = "sb1";
    private static final Pattern FORMAT = Pattern.compile(PREFIX + ":(\\d{1,18}):(y|n|h|p([1-9]))");

    static ChoiceData of(BotAnswer answer, AnswerOutcome outcome) {
        return new ChoiceData(answer.getId(), outcome, 0);
    }

    static ChoiceData picking(BotAnswer offer, int pick) {
        return new ChoiceData(offer.getId(), AnswerOutcome.PICKED, pick);
    }

    /** Empty for anything this version did not write. */
    static Optional<ChoiceData> parse(String data) {
        Matcher matcher = FORMAT.matcher(data.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long id = Long.parseLong(matcher.group(1));
        return Optional.of(switch (matcher.group(2).charAt(0)) {
            case 'y' -> new ChoiceData(id, AnswerOutcome.YES, 0);
            case 'n' -> new ChoiceData(id, AnswerOutcome.NO, 0);
            case 'h' -> new ChoiceData(id, AnswerOutcome.HUMAN, 0);
            default -> new ChoiceData(id, AnswerOutcome.PICKED, Integer.parseInt(matcher.group(3)));
        });
    }

    Choice labelled(String label) {
        return new Choice(label, format());
    }

    String format() {
        String press = switch (outcome) {
            case YES -> "y";
            case NO -> "n";
            case HUMAN -> "h";
            case PICKED -> "p" + pick;
        };
        return PREFIX + ":" + answerId + ":" + press;
    }

    /** Whether this press belongs under that kind of question: Yes / No under an answer, the rest under an offer. */
    boolean fits(BotAnswer asked) {
        return switch (outcome) {
            case YES, NO -> asked.getKind() == BotAnswer.Kind.ANSWER;
            case HUMAN -> asked.getKind() == BotAnswer.Kind.OFFER;
            case PICKED -> asked.getKind() == BotAnswer.Kind.OFFER && pick <= asked.getArticleKeys().size();
        };
    }
}
