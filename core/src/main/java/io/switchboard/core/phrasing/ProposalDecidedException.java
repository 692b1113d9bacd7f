package io.switchboard.core.phrasing;

import java.util.Locale;

/** The proposal was approved or rejected already: a decision is not taken twice. */
public class ProposalDecidedException extends RuntimeException {

    public ProposalDecidedException(PhrasingProposal proposal) {
        super("phrasing proposal " + proposal.getId() + " was " + proposal.getStatus().name().toLowerCase(Locale.ROOT)
                + " by " + proposal.getDecidedBy() + " already");
    }
}
