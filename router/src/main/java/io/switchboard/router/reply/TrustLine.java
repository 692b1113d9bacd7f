package io.switchboard.router.reply;

import io.switchboard.router.language.Language;
import io.switchboard.verify.check.VerificationWording;
import io.switchboard.verify.value.PhoneNumbers;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * "Only trust channels listed at …/verify" under what the bot says on its own when it gives a way to reach
 * someone: scammers copy such answers with their own number or link in place of the exchange's, so a member who
 * learns where the official list is can check any contact they are given later. An answer gives a contact when its
 * text holds an e-mail address, a phone number, a link to a support, contact or help page (its address says so:
 * {@code https://novaex.com/help/contact}), or a link to an account on a messenger or social network
 * ({@code t.me/NovaExSupportBot}). That rule is plain enough to explain to the people who write the articles; a
 * link to log in or to the announcements is no contact.
 */
@Component
public class TrustLine {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern CONTACT_LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S*?"
            + "(?:support|contact|help|service|kefu)\\S*"
            + "|\\b(?:t\\.me|telegram\\.me|wa\\.me|m\\.me|x\\.com|twitter\\.com|facebook\\.com)/\\w+");

    private final VerificationWording wording;

    TrustLine(VerificationWording wording) {
        this.wording = wording;
    }

    /** The line itself, in the member's language. */
    public String line(Language language) {
        return wording.trustLine(language.locale());
    }

    /** {@code text} ended with the trust line, whatever it says (the bot's {@code /help}). */
    public String after(String text, Language language) {
        return text + "\n\n" + line(language);
    }

    /** {@code text} ended with the trust line when it gives a contact; otherwise as it is. */
    public String afterContact(String text, Language language) {
        return givesContact(text) ? after(text, language) : text;
    }

    /** Whether the text holds an e-mail address, a phone number, or a link to a support page or an account. */
    static boolean givesContact(String text) {
        return EMAIL.matcher(text).find() || PhoneNumbers.IN_TEXT.matcher(text).find()
                || CONTACT_LINK.matcher(text).find();
    }
}
