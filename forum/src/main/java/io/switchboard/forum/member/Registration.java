package io.switchboard.forum.member;

import io.switchboard.core.account.Account;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.account.UsernameTakenException;
import io.switchboard.forum.ConditionalOnForum;
import io.switchboard.forum.topic.ForumRefusal;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Members sign up here: a user name of 3 to 32 letters, digits, {@code _} or {@code -}, a display
 * name, and a password of at least 10 characters, stored only as a hash by the shared encoder.
 */
@Service
@ConditionalOnForum
public class Registration {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_-]{3,32}");
    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 128;
    static final int MAX_DISPLAY_NAME = 64;

    private final Accounts accounts;
    private final PasswordEncoder encoder;

    Registration(Accounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    /** @throws ForumRefusal naming the rule broken, or CONFLICT when the name is taken */
    public Account register(String username, String displayName, String password) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new ForumRefusal(ForumRefusal.Kind.INVALID, "error.username");
        }
        String shown = displayName == null || displayName.isBlank() ? name : displayName.strip();
        if (shown.length() > MAX_DISPLAY_NAME) {
            throw new ForumRefusal(ForumRefusal.Kind.INVALID, "error.displayName", MAX_DISPLAY_NAME);
        }
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new ForumRefusal(ForumRefusal.Kind.INVALID, "error.password", MIN_PASSWORD);
        }
        try {
            return accounts.register(name, shown, encoder.encode(password));
        } catch (UsernameTakenException e) {
            throw new ForumRefusal(ForumRefusal.Kind.CONFLICT, "error.usernameTaken");
        }
    }
}
