package io.switchboard.core.phrasing;

/** No phrasing proposal has that id. */
public class ProposalNotFoundException extends RuntimeException {

    public ProposalNotFoundException(long id) {
        super("no phrasing proposal " + id);
    }
}
