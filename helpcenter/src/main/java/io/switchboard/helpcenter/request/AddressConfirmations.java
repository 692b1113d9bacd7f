package io.switchboard.helpcenter.request;

import io.switchboard.core.account.AccountAddresses;
import io.switchboard.core.text.Sha256;
import io.switchboard.helpcenter.request.RequestRefused.Problem;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
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
 * e-mail intake finds their account. Only the link's SHA-256 is stored; a link works once, for a day.
 */
@Service
@Transactional
class AddressConfirmations {

    static final String PATH = "/help/address/confirm/";
    static final Duration VALIDITY = Duration.ofHours(24);
    /** Links an account may have mailed in an hour: each is a mail to an address of the member's choosing. */
    static final int PER_HOUR = 3;

    /** What opening a link did. */
    enum Outcome { VERIFIED, INVALID, TAKEN }

    private final JdbcTemplate jdbc;
    private final SimpleJdbcInsert insert;
    private final AccountAddresses addresses;
    private final RequestMail mail;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    AddressConfirmations(JdbcTemplate jdbc, AccountAddresses addresses, RequestMail mail, Clock clock) {
        this.jdbc = jdbc;
        this.insert = new SimpleJdbcInsert(jdbc).withTableName("help_address_confirmation")
                .usingGeneratedKeyColumns("id")
                .usingColumns("account_id", "address", "token_sha256", "created_at", "expires_at");
        this.addresses = addresses;
        this.mail = mail;
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
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = insert.executeAndReturnKey(new MapSqlParameterSource(Map.of(
                "account_id", accountId,
                "address", address,
                "token_sha256", Sha256.hex(token),
                "created_at", Timestamp.from(now),
                "expires_at", Timestamp.from(now.plus(VALIDITY))))).longValue();
        mail.addressConfirmation(id, address, PATH + token, language, now);
    }

    /** Opens a link: its address becomes its account's verified one, once, before it expires. */
    Outcome confirm(String token) {
        Instant now = clock.instant();
        List<Map<String, Object>> found = jdbc.queryForList("select id, account_id, address"
                + " from help_address_confirmation where token_sha256 = ? and used_at is null and expires_at > ?",
                Sha256.hex(token == null ? "" : token), Timestamp.from(now));
        if (found.isEmpty()) {
            return Outcome.INVALID;
        }
        Map<String, Object> confirmation = found.get(0);
        // used at most once, also when two clicks race: the second update finds it used
        if (jdbc.update("update help_address_confirmation set used_at = ? where id = ? and used_at is null",
                Timestamp.from(now), confirmation.get("id")) == 0) {
            return Outcome.INVALID;
        }
        return addresses.verified(((Number) confirmation.get("account_id")).longValue(),
                (String) confirmation.get("address"), now) ? Outcome.VERIFIED : Outcome.TAKEN;
    }
}
