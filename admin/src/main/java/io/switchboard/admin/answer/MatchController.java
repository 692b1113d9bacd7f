package io.switchboard.admin.answer;

import io.switchboard.core.answer.AnswerEngine;
import io.switchboard.core.answer.AnswerQuery;
import io.switchboard.core.channel.Channel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/kb/match}: asks the answer engine what it would do with a message, so staff can
 * check the knowledge base without writing to the bot.
 */
@RestController
class MatchController {

    /** Longer than any real chat message; keeps one request from occupying the engine. */
    static final int MAX_TEXT_LENGTH = 4000;

    private final AnswerEngine answerEngine;

    MatchController(AnswerEngine answerEngine) {
        this.answerEngine = answerEngine;
    }

    /**
     * @param privateChat whether to judge it as a one-to-one chat, where the engine may auto-answer at
     *     a lower confidence than in public
     * @param lang the member's language ("zh", "en"), or absent to detect it from the text
     */
    @GetMapping("/api/kb/match")
    MatchResponse match(
            @RequestParam @NotBlank(message = "must not be blank")
            @Size(max = MAX_TEXT_LENGTH, message = "must be at most " + MAX_TEXT_LENGTH + " characters") String text,
            @RequestParam Channel channel,
            @RequestParam(name = "private", defaultValue = "false") boolean privateChat,
            @RequestParam(required = false) String lang) {
        return MatchResponse.from(answerEngine.decide(new AnswerQuery(text, channel, privateChat, lang)));
    }
}
