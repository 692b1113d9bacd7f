package io.switchboard.verify.check;

/** The answer to "is this really the exchange?". */
public enum Verdict {
    /** Listed in the registry. */
    OFFICIAL,
    /** Not listed: do not send money, codes or keys; report it. The reasons say why it may look official. */
    NOT_OFFICIAL,
    /** Not a question the verifier can answer (empty, too long, binary, none of the kinds): the reasons say which. */
    NOT_UNDERSTOOD
}
