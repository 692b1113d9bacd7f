package io.switchboard.bench;

/**
 * The figures of one round of mails of one size.
 *
 * @param decisions mailbox to decision: from putting a mail in the mailbox to its reply or ticket, over the
 *     window from the first mail put in to the last decision
 * @param baseline the same mails read whole by a bare IMAP client, one after the other
 * @param undecided mails of the round not decided within the limit (must be none)
 */
record EmailRound(Figures decisions, Figures baseline, int undecided) {
}
