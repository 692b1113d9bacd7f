package io.switchboard.helpcenter.request;

import io.switchboard.verify.value.PhoneNumbers;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Component;

/**
 * A visitor's call-back waits for them to open a {@link OneTimeLinks one-time link} mailed to the address they gave:
 * otherwise anybody could have the support desk call any number. The form is kept as checked (number in E.164) in
 * {@code help_callback_confirmation}; opening the link gives it back, once, within a day.
 */
@Component
class CallBackConfirmations {

    static final String PATH = CallBackPages.PATH + "/confirm/";
    /** The refusal of a visitor's call-back when no link can be mailed: they sign in instead (403). */
    static final String SIGN_IN = "help.callback.error.signIn";
    private static final String TABLE = "help_callback_confirmation";

    /** A call-back given back by its link: the form as the visitor sent it, and who they are. */
    record Held(CallBackDraft draft, Requester visitor) {
    }

    private final JdbcTemplate jdbc;
    private final SimpleJdbcInsert insert;
    private final OneTimeLinks links;
    private final RequestMail mail;
    private final MessageSource messages;

    CallBackConfirmations(JdbcTemplate jdbc, OneTimeLinks links, RequestMail mail, MessageSource messages) {
        this.jdbc = jdbc;
        this.insert = new SimpleJdbcInsert(jdbc).withTableName(TABLE).usingGeneratedKeyColumns("id")
                .usingColumns("email", "phone", "call_language", "preferred_time", "reason", "description",
                        "site_language", "token_sha256", "created_at", "expires_at");
        this.links = links;
        this.mail = mail;
        this.messages = messages;
    }

    /** Keeps the visitor's call-back and mails them its link, in the language they asked to be called in. */
    void hold(CallBackForm.Checked form, Requester visitor, Instant now) {
        // nobody's number is kept longer than its link works: drafts confirmed (now tickets) or expired go
        jdbc.update("delete from " + TABLE + " where used_at is not null or expires_at < ?", Timestamp.from(now));
        OneTimeLinks.Secret secret = links.newSecret(now);
        long id = insert.executeAndReturnKey(new MapSqlParameterSource(Map.of(
                "email", form.email(),
                "phone", form.phone(),
                "call_language", form.language(),
                "preferred_time", form.time().name(),
                "reason", form.reason().name(),
                "description", form.description(),
                "site_language", visitor.language(),
                "token_sha256", secret.sha256(),
                "created_at", Timestamp.from(now),
                "expires_at", Timestamp.from(secret.expiresAt())))).longValue();
        Locale language = Locale.forLanguageTag(form.language());
        mail.callBackConfirmation(id, form.email(), PATH + secret.token(), PhoneNumbers.masked(form.phone()),
                messages.getMessage("help.callback.time." + form.time(), null, language), language, now);
    }

    /** The call-back of this link, which is used up; empty for a link that is forged, expired or used. */
    Optional<Held> use(String token) {
        return links.use(TABLE, "email, phone, call_language, preferred_time, reason, description, site_language",
                token).map(row -> {
                    String email = (String) row.get("email");
                    return new Held(new CallBackDraft((String) row.get("phone"), (String) row.get("call_language"),
                            (String) row.get("preferred_time"), (String) row.get("reason"),
                            (String) row.get("description"), email),
                            Requester.visitor(email, (String) row.get("site_language")));
                });
    }
}
