package io.switchboard.verify.check;

import java.util.List;
import java.util.Locale;

/**
 * A verification in plain words, zh or en, the same on every channel: the page, the bot, the web chat.
 */
public interface VerificationWording {

    /**
     * The answer: for OFFICIAL "official" with the channel (and a phone line's region and hours); for NOT_OFFICIAL
     * "NOT official: do not send money, codes or keys; report it" with why; for NOT_UNDERSTOOD what to type.
     */
    Wording describe(Verification verification, Locale locale);

    /** The one line every automatic answer that gives a contact ends with: "Only trust channels listed at …/verify". */
    String trustLine(Locale locale);

    /**
     * @param headline one line: "Official: NovaEx support hotline" / "NOT official"
     * @param details the reasons and facts, one line each
     * @param advice what to do: for NOT_OFFICIAL never empty
     */
    record Wording(String headline, List<String> details, String advice) {
    }
}
