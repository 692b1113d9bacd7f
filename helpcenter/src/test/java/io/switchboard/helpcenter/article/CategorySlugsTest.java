package io.switchboard.helpcenter.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.knowledge.Section;
import io.switchboard.core.ticket.TicketCategory;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The help center's addresses of categories and sections (core's sections know no addresses). */
class CategorySlugsTest {

    @Test
    void categorySlugsAreTheEnumNamesInLowerCaseWithDashes() {
        assertThat(CategorySlugs.slug(TicketCategory.DEPOSIT_WITHDRAWAL)).isEqualTo("deposit-withdrawal");
        assertThat(CategorySlugs.category("account-security")).contains(TicketCategory.ACCOUNT_SECURITY);
        assertThat(CategorySlugs.category("ACCOUNT_SECURITY")).isEmpty();
    }

    @Test
    void aSectionsPageIsUnderItsCategorysPage() {
        assertThat(CategorySlugs.path(TicketCategory.DEPOSIT_WITHDRAWAL)).isEqualTo("/help/categories/deposit-withdrawal");
        assertThat(CategorySlugs.path(new Section(TicketCategory.TRADING, "options", Map.of("en", "Options"))))
                .isEqualTo("/help/categories/trading/options");
    }
}
