package io.switchboard.forum.support;

import io.switchboard.core.account.Account;
import io.switchboard.core.account.AccountRepository;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Accounts for tests, each with a fresh name (the test database is shared by the test classes). */
@Component
public class ForumFixtures {

    public static final String PASSWORD = "member-password-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Accounts accounts;
    private final AccountRepository repository;
    private final PasswordEncoder encoder;

    ForumFixtures(Accounts accounts, AccountRepository repository, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.repository = repository;
        this.encoder = encoder;
    }

    public Account member(String prefix) {
        String name = prefix + SEQUENCE.incrementAndGet();
        return accounts.register(name, "Member " + name, encoder.encode(PASSWORD));
    }

    public Account staff(String prefix, AccountRole role) {
        Account account = member(prefix);
        account.changeRole(role);
        return repository.save(account);
    }

    public Account save(Account account) {
        return repository.save(account);
    }
}
