package io.switchboard.connector.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;

/**
 * Answers a member's press of an inline button ({@code answerCallbackQuery}), which Telegram expects
 * for every callback query: until then the member's client shows the button as busy. Asked after the
 * press is stored, and at best effort: the bot's reply to the press comes through the outbox anyway,
 * so a failed or rate-limited answer (counted by {@link BotApi} like every call) is only logged and
 * never holds up the updates. A query Telegram delivers again is answered again; Telegram refuses
 * that once the query is old, which is logged as well.
 */
final class CallbackAnswers {

    private static final Logger log = LoggerFactory.getLogger(CallbackAnswers.class);

    private final BotApi api;

    CallbackAnswers(BotApi api) {
        this.api = api;
    }

    void answer(String callbackQueryId) {
        try {
            api.call(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build());
        } catch (BotApiException e) {
            log.warn("Telegram callback query {} not answered: {}", callbackQueryId, e.getMessage());
        }
    }
}
