package io.switchboard.admin.knowledge;

import io.switchboard.core.ticket.TicketCategory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The help center's default sections of each category, offered as suggestions in the editor's section
 * field. The help center's configuration is the truth (it may add sections), and the console does not
 * depend on the help center: the editor accepts any slug and only suggests these.
 */
final class HelpSections {

    /** Category by category, in the help center's order. */
    static final Map<TicketCategory, List<String>> DEFAULTS = Map.of(
            TicketCategory.ACCOUNT_SECURITY, List.of("login-security", "verification", "account"),
            TicketCategory.DEPOSIT_WITHDRAWAL, List.of("deposits", "withdrawals", "fiat"),
            TicketCategory.TRADING, List.of("spot", "futures", "fees"),
            TicketCategory.CAMPAIGNS, List.of("promotions", "events"),
            TicketCategory.OTHER, List.of("general"));

    /** A suggestion: a section's slug and the category it belongs to. */
    record Suggestion(String slug, TicketCategory category) {
    }

    private HelpSections() {
    }

    static List<Suggestion> suggestions() {
        return Arrays.stream(TicketCategory.values())
                .flatMap(category -> DEFAULTS.getOrDefault(category, List.of()).stream()
                        .map(slug -> new Suggestion(slug, category)))
                .toList();
    }
}
