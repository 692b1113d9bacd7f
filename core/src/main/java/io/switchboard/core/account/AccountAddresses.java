package io.switchboard.core.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts' verified e-mail addresses ({@code account_address}): one an account, an address one account's. Who
 * verifies them is the caller's business (the help center mails a one-time link); here an address is verified or
 * not there. Addresses are kept and looked up in lower case, as the e-mail intake names senders.
 */
@Repository
@Transactional
public class AccountAddresses {

    private final JdbcTemplate jdbc;

    AccountAddresses(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The account whose verified address this is: how a mail's sender is linked to its member's account. */
    @Transactional(readOnly = true)
    public Optional<Long> verifiedAccountOf(String address) {
        return jdbc.queryForList("select account_id from account_address where address = ?", Long.class,
                normal(address)).stream().findFirst();
    }

    /** The account's verified address, if it has one. */
    @Transactional(readOnly = true)
    public Optional<String> verifiedAddressOf(long accountId) {
        return jdbc.queryForList("select address from account_address where account_id = ?", String.class,
                accountId).stream().findFirst();
    }

    /**
     * The account's address is now {@code address}, verified (replacing the one it had).
     *
     * @return false, changing nothing, when the address is another account's
     */
    public boolean verified(long accountId, String address, Instant at) {
        String normal = normal(address);
        if (verifiedAccountOf(normal).filter(owner -> owner != accountId).isPresent()) {
            return false;
        }
        jdbc.update("delete from account_address where account_id = ?", accountId);
        jdbc.update("insert into account_address (account_id, address, verified_at) values (?, ?, ?)", accountId,
                normal, Timestamp.from(at));
        return true;
    }

    private static String normal(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }
}
