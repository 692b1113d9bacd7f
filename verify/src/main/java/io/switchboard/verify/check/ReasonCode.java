package io.switchboard.verify.check;

/** Why a verdict is what it is; {@link Reason#subject()} names what the reason is about. */
public enum ReasonCode {
    /** Listed: subject is the entry's display value. */
    REGISTERED,
    /** Not listed, and nothing suggests it imitates the exchange. */
    NOT_REGISTERED,
    /** One or two letters off, or the same letters in another script, of a registered value (subject). */
    LOOKALIKE,
    /** The brand or a registered domain (subject) inside another domain: {@code novaex.com.security-check.io}. */
    BRAND_IN_OTHER_DOMAIN,
    /** A domain in another script (punycode) that is not registered. */
    OTHER_SCRIPT,
    /** A URL shortener: where it leads cannot be seen. */
    SHORTENER,
    /** An account named like a staff member (subject) that is not one of theirs. */
    NOT_A_STAFF_ACCOUNT,
    /** A phone number that is not one of the registered lines. */
    UNKNOWN_NUMBER,
    /** Digits that are no valid phone number anywhere. */
    INVALID_NUMBER,
    /** Nothing was asked. */
    EMPTY,
    /** Longer than the verifier reads ({@link Verifier#MAX_QUERY_LENGTH}). */
    TOO_LONG,
    /** Control characters or binary data. */
    NOT_TEXT,
    /** Text, but no web address, e-mail address, phone number or handle in it. */
    NO_KIND
}
