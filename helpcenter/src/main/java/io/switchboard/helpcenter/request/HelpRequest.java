package io.switchboard.helpcenter.request;

import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.helpcenter.article.CategorySlugs;
import java.time.Instant;

/**
 * A request filed through the help center's form: whose it is and what the form said. Its messages, ticket
 * and status are the pipeline's, found by its conversation key.
 *
 * @param accountId the member's account, or null for a visitor
 * @param email the visitor's address, or null for a member
 * @param language the site's language it was filed in ({@code zh}, {@code en}); null for requests older than that
 */
public record HelpRequest(long id, Long accountId, String email, String conversationKey, TicketCategory category,
        String subject, Instant createdAt, String language) {

    /** The conversation (and chat) of a request in the WEB channel. */
    static final String CONVERSATION_PREFIX = "request:";

    static String conversationKeyOf(long id) {
        return CONVERSATION_PREFIX + id;
    }

    /** The author id of a visitor's messages in the pipeline. */
    static String visitorId(String email) {
        return "visitor:" + email;
    }

    /** The category as the help center's addresses and message keys name it ({@code deposit-withdrawal}). */
    public String categorySlug() {
        return CategorySlugs.slug(category);
    }

    boolean isVisitors() {
        return accountId == null;
    }
}
