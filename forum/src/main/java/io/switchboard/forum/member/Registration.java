package io.switchboard.forum.member;

import io.switchboard.core.account.Account;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.account.UsernameTakenException;
import io.switchboard.forum.ConditionalOnForum;
import io.switchboard.forum.ForumProperties;
import io.switchboard.forum.topic.ForumRefusal;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Members sign up here: a user name of 3 to 32 letters, digits, {@code _} or {@code -}, a display
 * name, and a password of at least 10 characters (at most 72 bytes, bcrypt's limit), stored only
 * as a hash by the shared encoder. The bot's user name is never given to a member.
 */
@Service
@ConditionalOnForum
public class Registration {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_-]{3,32}");
    static final int MIN_PASSWORD = 10;
    /** bcrypt reads at most 72 bytes of a password: about 72 Latin or 24 Chinese characters. */
    static final int MAX_PASSWORD_BYTES = 72;
    static final int MAX_DISPLAY_NAME = 64;

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final RegistrationRateLimit rateLimit;
    private final String botUsername;

    Registration(Accounts accounts, PasswordEncoder encoder, RegistrationRateLimit rateLimit,
            ForumProperties properties) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.rateLimit = rateLimit;
        this.botUsername = Account.normalize(properties.botUsername());
    }

    /**
     * @param clientAddress where the request came from: a few accounts an address in a while
     * @throws ForumRefusal naming the rule broken, RATE_LIMITED after too many sign-ups from the
     *     address, or CONFLICT when the name is taken
     */
    public Account register(String username, String displayName, String password, String clientAddress) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new ForumRefusal(ForumRefusal.Kind.INVALID, "error.username");
        }
        String shown = displayName == null || displayName.isBlank() ? name : displayName.strip();
        if (shown.length() > MAX_DISPLAY_NAME) {
            throw new ForumRefusal(ForumRefusal.Kind.INVALID, "error.displayName", MAX_DISPLAY_NAME);
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new ForumRefusal(ForumRefusal.Kind.INVALID, "error.password", MIN_PASSWORD);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new ForumRefusal(ForumRefusal.Kind.INVALID, "error.passwordTooLong", MAX_PASSWORD_BYTES);
        }
        // The official bot's name stays the bot's, even before its first answer creates the account:
        // a member under that name would look like the exchange's support.
        if (Account.normalize(name).equals(botUsername)) {
            throw new ForumRefusal(ForumRefusal.Kind.CONFLICT, "error.usernameTaken");
        }
        // counted once the input is valid, so a typo costs nobody one of their sign-ups
        rateLimit.acquire(clientAddress);
        try {
            return accounts.register(name, shown, encoder.encode(password));
        } catch (UsernameTakenException e) {
            throw new ForumRefusal(ForumRefusal.Kind.CONFLICT, "error.usernameTaken");
        }
    }
}
