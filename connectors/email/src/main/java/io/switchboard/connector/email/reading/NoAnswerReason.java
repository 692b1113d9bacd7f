package io.switchboard.connector.email.reading;

import java.util.Locale;

/**
 * Why a mail is kept but never answered, as the screening's reason: a short code, then {@code ": "} and the detail
 * that proves it (a header's value, an address), e.g. {@code auto-submitted: auto-replied}. The code is what staff
 * pages word in their language ({@code console.mail.screened.<code>}); the detail is shown as the mail had it. Logs
 * read the same text.
 */
public enum NoAnswerReason {
    /** A mail server's report that a mail of ours was not delivered. */
    BOUNCE,
    /** Any other delivery or read report ({@code multipart/report}). */
    REPORT,
    /** {@code Return-Path: <>}, which only automatic mail has. */
    EMPTY_RETURN_PATH,
    /** {@code Auto-Submitted} other than {@code no} (RFC 3834). */
    AUTO_SUBMITTED,
    /** {@code X-Autoreply} or {@code X-Autorespond}. */
    AUTO_REPLY_HEADER,
    /** {@code Precedence: bulk/junk/list/auto_reply}. */
    PRECEDENCE,
    /** {@code List-Id}. */
    LIST,
    /** A sender address nobody reads: mailer-daemon, postmaster, noreply. */
    UNREAD_SENDER,
    /** The support address itself. */
    OWN_ADDRESS,
    /** More mails from one address in an hour than a person writes; the detail is the limit. */
    TOO_MANY;

    /** {@code auto-submitted}, {@code own-address}... */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The code and its detail, {@code auto-submitted: auto-replied}. */
    public String with(String detail) {
        return code() + ": " + detail;
    }
}
