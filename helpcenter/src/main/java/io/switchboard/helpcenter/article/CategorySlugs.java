package io.switchboard.helpcenter.article;

import io.switchboard.core.knowledge.Section;
import io.switchboard.core.ticket.TicketCategory;
import java.util.Locale;
import java.util.Optional;

/**
 * A category as it appears in the help center's addresses: the enum's name in lower case with dashes
 * ({@code DEPOSIT_WITHDRAWAL} is {@code deposit-withdrawal}), in {@code /help/categories/{category}} and
 * in the {@code category=} parameter of the search and the request form; and the addresses of a category's
 * pages ({@code core.knowledge} has the sections, the help center their addresses).
 */
public final class CategorySlugs {

    private CategorySlugs() {
    }

    public static String slug(TicketCategory category) {
        return category.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code /help/categories/trading} */
    public static String path(TicketCategory category) {
        return "/help/categories/" + slug(category);
    }

    /** {@code /help/categories/trading/futures} */
    public static String path(Section section) {
        return path(section.category()) + "/" + section.slug();
    }

    /** The category a slug names; empty for anything else (an enum name, another case, a typo). */
    public static Optional<TicketCategory> category(String slug) {
        for (TicketCategory category : TicketCategory.values()) {
            if (slug(category).equals(slug)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
