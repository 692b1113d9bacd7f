package io.switchboard.router.reply;

import io.switchboard.router.decision.SmallTalk;
import io.switchboard.router.language.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Everything the bot says in its own words, in Chinese and English. The copy lives in
 * {@code replies-<lang>.properties} next to this class so it can be edited without touching code;
 * both files must hold the same keys, which is checked when the application starts.
 */
@Component
public class Replies {

    static final Set<String> KEYS = Set.of("welcome", "ticket-notice", "ticket-notice.public", "courtesy.greeting",
            "courtesy.thanks", "guard.warning");

    private final Map<Language, Properties> copy = new EnumMap<>(Language.class);

    public Replies() {
        for (Language language : Language.values()) {
            copy.put(language, load(language));
        }
    }

    public String welcome(Language language) {
        return text(language, "welcome");
    }

    public String ticketNotice(Language language, String ticketNumber) {
        return text(language, "ticket-notice").replace("{ticket}", ticketNumber);
    }

    /**
     * The ticket notice for a public conversation (an X mention, a page comment, a group): short,
     * nothing about the member's account, and a pointer to a private channel.
     */
    public String publicTicketNotice(Language language, String ticketNumber) {
        return text(language, "ticket-notice.public").replace("{ticket}", ticketNumber);
    }

    /** The reply to a greeting or thanks; acknowledgements get none. */
    public String courtesy(Language language, SmallTalk kind) {
        return switch (kind) {
            case GREETING -> text(language, "courtesy.greeting");
            case THANKS -> text(language, "courtesy.thanks");
            case ACKNOWLEDGEMENT -> throw new IllegalArgumentException("acknowledgements are not answered");
        };
    }

    /** Said in a group after the guard removed a scam message: staff never write first. */
    public String guardWarning(Language language) {
        return text(language, "guard.warning");
    }

    private String text(Language language, String key) {
        return copy.get(language).getProperty(key);
    }

    private static Properties load(Language language) {
        String file = "replies-" + language.code() + ".properties";
        Properties properties = new Properties();
        try (InputStream in = Replies.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("reply copy " + file + " is missing from the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read reply copy " + file, e);
        }
        for (String key : KEYS) {
            String value = properties.getProperty(key);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("reply copy " + file + " has no text for '" + key + "'");
            }
        }
        if (!properties.stringPropertyNames().equals(KEYS)) {
            throw new IllegalStateException("reply copy " + file + " has unknown keys: "
                    + properties.stringPropertyNames().stream().filter(k -> !KEYS.contains(k)).toList()
                    + " (known: " + KEYS + ")");
        }
        return properties;
    }
}
