package io.switchboard.helpcenter.request;

import io.switchboard.core.ticket.TicketCategory;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A category in the help center's addresses and forms: its name in lower case with dashes
 * ({@code deposit-withdrawal}).
 */
final class CategorySlugs {

    private CategorySlugs() {
    }

    static String slugOf(TicketCategory category) {
        return category.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<TicketCategory> categoryOf(String slug) {
        return Arrays.stream(TicketCategory.values()).filter(category -> slugOf(category).equals(slug)).findFirst();
    }
}
