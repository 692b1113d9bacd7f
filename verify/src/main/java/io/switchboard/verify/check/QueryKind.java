package io.switchboard.verify.check;

/** What a question to the verifier was taken for. */
public enum QueryKind {
    /** A web address or a bare domain ({@code https://novaex.com/login}, {@code novaex.com}). */
    WEBSITE,
    /** An e-mail address. */
    EMAIL,
    /** A phone number, in any format people write ({@code +86 400-123-4567}, {@code 4001234567}). */
    PHONE,
    /** A Telegram account or link ({@code t.me/NovaEx}, {@code tg://resolve?domain=...}). */
    TELEGRAM,
    /** An X account or link ({@code x.com/NovaEx}, {@code twitter.com/NovaEx}). */
    X,
    /** A Facebook page or profile link. */
    FACEBOOK,
    /** A handle with no platform ({@code @NovaEx_Support}): checked against every platform's accounts. */
    HANDLE,
    /** None of these: empty, too long, not text, or nothing recognisable. */
    NONE
}
