package io.switchboard.admin.phrasing;

import io.switchboard.core.phrasing.ProposalStatus;
import java.time.Instant;

/**
 * A proposed phrasing as staff see it, on the page and in the API.
 *
 * @param articleTitle the article's title in the phrasing's language; null once the article is deleted
 * @param question as proposed, or as approved after a manager's edit
 * @param ticket the number of the ticket it was learnt from ({@code T-12}); null once that is gone
 */
record ProposalView(long id, String articleKey, String articleTitle, String question, String language,
        String ticket, String proposedBy, Instant proposedAt, ProposalStatus status, String decidedBy,
        Instant decidedAt) {
}
