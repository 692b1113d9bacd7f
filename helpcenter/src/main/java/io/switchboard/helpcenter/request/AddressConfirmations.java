package io.switchboard.helpcenter.request;

import io.switchboard.core.account.AccountAddresses;
import io.switchboard.helpcenter.request.RequestRefused.Problem;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member verifies an e-mail address: a one-time link is mailed to it, and opening it makes the address the
 * account's verified one (core's {@link AccountAddresses}), where the help center then writes to them and the
 * e-mail intake finds their account. A {@link OneTimeLinks one-time link}: only its SHA-256 is stored; it works once,
 * for a day.
 */
@Service
@Transactional
class AddressConfirmations {

    static final String PATH = "/help/address/confirm/";
    private static final String TABLE = "help_address_confirmation";
    /** Links an account may have mailed in an hour: each is a mail to an address of the member's choosing. */
    static final int PER_HOUR = 3;

    /** What opening a link did. */
    enum Outcome { VERIFIED, INVALID, TAKEN }

    private final JdbcTemplate jdbc;
    private final SimpleJdbcInsert insert;
    private final AccountAddresses addresses;
    private final RequestMail mail;
    private final OneTimeLinks links;
    private final Clock clock;

    AddressConfirmations(JdbcTemplate jdbc, AccountAddresses addresses, RequestMail mail, OneTimeLinks links,
            Clock clock) {
        this.jdbc = jdbc;
        this.insert = new SimpleJdbcInsert(jdbc).withTableName(TABLE)
                .usingGeneratedKeyColumns("id")
                .usingColumns("account_id", "address", "token_sha256", "created_at", "expires_at");
        this.addresses = addresses;
        this.mail = mail;
        this.links = links;
        this.clock = clock;
    }

    /**
     * Mails a link that verifies {@code address} for the account.
     *
     * @throws RequestRefused when it is no address, the account asked too often, or there is no e-mail channel
     */
    void start(long accountId, String typed, Locale language) {
        List<Problem> problems = new ArrayList<>();
        String address = TextChecks.email(problems, "address", typed);
        Instant now = clock.instant();
        if (!mail.channel()) {
            problems.add(new Problem("address", "help.address.error.noChannel"));
        } else if (jdbc.queryForObject("select count(*) from help_address_confirmation where account_id = ?"
                + " and created_at > ?", Long.class, accountId, Timestamp.from(now.minus(Duration.ofHours(1))))
                >= PER_HOUR) {
            problems.add(new Problem("address", "help.address.error.tooOften"));
        }
        if (!problems.isEmpty()) {
            throw new RequestRefused(problems);
        }
        OneTimeLinks.Secret secret = links.newSecret(now);
        long id = insert.executeAndReturnKey(new MapSqlParameterSource(Map.of(
                "account_id", accountId,
                "address", address,
                "token_sha256", secret.sha256(),
                "created_at", Timestamp.from(now),
                "expires_at", Timestamp.from(secret.expiresAt())))).longValue();
        mail.addressConfirmation(id, address, PATH + secret.token(), language, now);
    }

    /** Opens a link: its address becomes its account's verified one, once, before it expires. */
    Outcome confirm(String token) {
        return links.use(TABLE, "account_id, address", token)
                .map(confirmation -> addresses.verified(((Number) confirmation.get("account_id")).longValue(),
                        (String) confirmation.get("address"), clock.instant()) ? Outcome.VERIFIED : Outcome.TAKEN)
                .orElse(Outcome.INVALID);
    }
}
