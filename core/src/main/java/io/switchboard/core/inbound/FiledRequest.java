package io.switchboard.core.inbound;

import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketPriority;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request a person filed through a form (the help center's): they chose its category and wrote its
 * subject, and they already saw the articles that might have answered it, so it always becomes a ticket,
 * in that category and under that subject, rather than being answered by the bot.
 *
 * @param fields what the form asked for the category (TXID and coin, order id...), by field name, in
 *     the order the form shows them
 * @param suggestedArticles the keys of the articles shown as "these may answer your question", best first
 * @param priority the ticket's priority: NORMAL for a question, higher where the form knows it is pressing (a
 *     call-back for an account-security emergency is URGENT)
 */
public record FiledRequest(TicketCategory category, String subject, Map<String, String> fields,
        List<String> suggestedArticles, TicketPriority priority) {

    public FiledRequest {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(priority, "priority");
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        suggestedArticles = suggestedArticles == null ? List.of() : List.copyOf(suggestedArticles);
    }

    /** A question filed through a form: NORMAL priority. */
    public FiledRequest(TicketCategory category, String subject, Map<String, String> fields,
            List<String> suggestedArticles) {
        this(category, subject, fields, suggestedArticles, TicketPriority.NORMAL);
    }
}
