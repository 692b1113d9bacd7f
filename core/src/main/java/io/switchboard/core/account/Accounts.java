package io.switchboard.core.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account store: members register here, staff accounts are kept in step with their
 * configuration here. Hashing is the caller's business (it owns the password encoder).
 */
@Service
@Transactional
public class Accounts {

    private final AccountRepository accounts;
    private final Clock clock;

    Accounts(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(String username) {
        return accounts.findByUsername(Account.normalize(username));
    }

    /** A staff account people can sign in with (not the bot, not disabled), by name in any case. */
    @Transactional(readOnly = true)
    public Optional<Account> findStaff(String username) {
        return find(username).filter(account -> account.getRole().isStaff() && !account.isBot() && account.isEnabled());
    }

    /** Every staff account, disabled ones too, by user name. */
    @Transactional(readOnly = true)
    public List<Account> staff() {
        return accounts.findByRoleInAndBotFalseOrderByUsernameAsc(AccountRole.staffRoles());
    }

    /**
     * How many enabled admins there are, locking them until the caller's transaction ends: two
     * admins disabling each other at the same moment must not both succeed.
     */
    public long lockEnabledAdmins() {
        return accounts.findByRoleAndEnabledTrueAndBotFalse(AccountRole.ADMIN).size();
    }

    /** @throws UsernameTakenException when the name is taken, whatever its case */
    public Account createStaff(String username, String displayName, AccountRole role, String passwordHash) {
        if (!role.isStaff()) {
            throw new IllegalArgumentException(role + " is not a staff role");
        }
        if (accounts.existsByUsername(Account.normalize(username))) {
            throw new UsernameTakenException(username);
        }
        return accounts.save(new Account(username, displayName, passwordHash, role, false, clock.instant()));
    }

    /** The names of every enabled staff account (not the bot), in order: who can take tickets. */
    @Transactional(readOnly = true)
    public List<String> staffUsernames() {
        return staff().stream().filter(Account::isEnabled).map(Account::getUsername).toList();
    }

    /** @throws UsernameTakenException when the name is taken, whatever its case */
    public Account register(String username, String displayName, String passwordHash) {
        if (accounts.existsByUsername(Account.normalize(username))) {
            throw new UsernameTakenException(username);
        }
        return accounts.save(new Account(username, displayName, passwordHash, AccountRole.MEMBER, false,
                clock.instant()));
    }

    /**
     * Creates the account with the role, or gives an existing one the role; the password hash is
     * replaced when {@code stillValid} says the stored one does not match the configured password.
     */
    public Account syncStaff(String username, AccountRole role, String passwordHash, Predicate<String> stillValid) {
        return accounts.findByUsername(Account.normalize(username)).map(account -> {
            account.changeRole(role);
            if (!stillValid.test(account.getPasswordHash())) {
                account.changePassword(passwordHash);
            }
            return account;
        }).orElseGet(() -> accounts.save(new Account(username, username, passwordHash, role, false,
                clock.instant())));
    }

    /**
     * The official bot's account, created on first use; nobody can sign in with its random hash.
     *
     * @throws IllegalStateException when a person's account holds that name: official answers
     *     must never appear under it
     */
    public Account bot(String username, String displayName, String unusableHash) {
        Account bot = accounts.findByUsername(Account.normalize(username))
                .orElseGet(() -> accounts.save(new Account(username, displayName, unusableHash, AccountRole.AGENT,
                        true, clock.instant())));
        if (!bot.isBot()) {
            throw new IllegalStateException("the bot user name '" + bot.getUsername() + "' belongs to a person's "
                    + "account; rename that account or choose another switchboard.forum.bot-username");
        }
        return bot;
    }
}
