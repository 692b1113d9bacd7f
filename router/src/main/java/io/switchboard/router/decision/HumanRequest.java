package io.switchboard.router.decision;

import java.util.List;
import java.util.regex.Pattern;

/** Recognizes a member asking for a person rather than the bot, in English or Chinese. */
final class HumanRequest {

    private static final List<Pattern> PATTERNS = List.of(
            // "talk to a human", "speak with an agent", "chat with someone from support"
            Pattern.compile("\\b(talk|speak|chat)\\s+(to|with)\\s+(a|an|the|your|some)?\\s*"
                    + "(human|person|agent|someone|somebody|staff|support|representative|rep|operator|admin|live)\\b",
                    Pattern.CASE_INSENSITIVE),
            // "human agent", "real person", "live agent", "support agent"
            Pattern.compile("\\b(human|real|live|support|customer service)\\s+"
                    + "(agent|person|being|representative|rep|staff|operator|support)\\b",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bcustomer (service|support|care)\\b", Pattern.CASE_INSENSITIVE),
            // 人工 but not 人工智能 (artificial intelligence)
            Pattern.compile("人工(?!智能)"),
            Pattern.compile("真人"),
            Pattern.compile("(联系|找|要|在线)客服"));

    private HumanRequest() {
    }

    static boolean in(String text) {
        return PATTERNS.stream().anyMatch(pattern -> pattern.matcher(text).find());
    }
}
