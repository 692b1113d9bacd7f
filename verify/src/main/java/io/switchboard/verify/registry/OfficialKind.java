package io.switchboard.verify.registry;

/**
 * What an official channel is. An account (Telegram, X, Facebook) or a mailbox may belong to a staff member who
 * speaks publicly ({@link OfficialEntry#staffName()}) rather than to the exchange.
 */
public enum OfficialKind {
    /** A domain the exchange serves pages from; its subdomains are the exchange's too. Value: {@code novaex.com}. */
    WEBSITE,
    /** A mailbox ({@code support@novaex.com}) or a whole sending domain ({@code @mail.novaex.com}). */
    EMAIL,
    /** A phone line, in E.164 ({@code +864001234567}), with its region, hours and languages. */
    PHONE,
    /** A Telegram bot, channel, group or staff account: username without {@code @}, or a numeric id. */
    TELEGRAM,
    /** An X (Twitter) account: handle without {@code @}. */
    X,
    /** A Facebook page or staff profile: its username or numeric id. */
    FACEBOOK
}
