package io.switchboard.core.phrasing;

/** Where a proposed phrasing stands: waiting for a manager, added to its article, or turned down. */
public enum ProposalStatus {
    PENDING,
    APPROVED,
    REJECTED
}
