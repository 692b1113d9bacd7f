package io.switchboard.helpcenter.article;

import static io.switchboard.helpcenter.article.BrowseFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.core.ticket.TicketCategory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The category and section tree: defaults, configuration over them, and where an article is listed. */
class HelpSectionsTest {

    private final HelpSections defaults = sections(Map.of());

    @Test
    void everyCategoryHasItsDefaultSectionsInBothLanguages() {
        assertThat(defaults.of(TicketCategory.TRADING)).extracting(Section::slug).containsExactly("spot", "futures", "fees");
        assertThat(defaults.of(TicketCategory.DEPOSIT_WITHDRAWAL)).extracting(section -> section.title("en"))
                .containsExactly("Deposits", "Withdrawals", "Buy crypto / fiat");
        assertThat(defaults.find(TicketCategory.ACCOUNT_SECURITY, "login-security").orElseThrow().title("zh"))
                .isEqualTo("登录与二次验证");
        assertThat(defaults.tree()).containsOnlyKeys(TicketCategory.values());
    }

    @Test
    void anArticleWithoutASectionOrWithOneItsCategoryLacksIsListedInTheFirstSection() {
        assertThat(defaults.sectionOf(article("a", TicketCategory.TRADING, "futures").content()).slug()).isEqualTo("futures");
        assertThat(defaults.sectionOf(article("b", TicketCategory.TRADING, null).content()).slug()).isEqualTo("spot");
        assertThat(defaults.sectionOf(article("c", TicketCategory.TRADING, "deposits").content()).slug()).isEqualTo("spot");
    }

    @Test
    void aConfiguredCategoryReplacesItsDefaultsAndTheOthersKeepTheirs() {
        HelpSections configured = sections(Map.of(TicketCategory.TRADING, List.of(
                new BrowseProperties.SectionSetting("options", Map.of("en", "Options", "zh", "期权")))));

        assertThat(configured.of(TicketCategory.TRADING)).extracting(Section::path)
                .containsExactly("/help/categories/trading/options");
        assertThat(configured.of(TicketCategory.OTHER)).extracting(Section::slug).containsExactly("general");
    }

    @Test
    void aSectionNamedTwiceStopsStartUpSayingWhere() {
        BrowseProperties.SectionSetting spot = new BrowseProperties.SectionSetting("spot", Map.of("en", "Spot"));
        assertThatThrownBy(() -> sections(Map.of(TicketCategory.TRADING, List.of(spot, spot))))
                .hasMessage("switchboard.helpcenter.sections.trading names section 'spot' twice");
    }

    @Test
    void aSectionTitleMissingInALanguageFallsBackToEnglish() {
        assertThat(new Section(TicketCategory.OTHER, "general", Map.of("en", "General")).title("zh")).isEqualTo("General");
    }

    @Test
    void categorySlugsAreTheEnumNamesInLowerCaseWithDashes() {
        assertThat(CategorySlugs.slug(TicketCategory.DEPOSIT_WITHDRAWAL)).isEqualTo("deposit-withdrawal");
        assertThat(CategorySlugs.category("account-security")).contains(TicketCategory.ACCOUNT_SECURITY);
        assertThat(CategorySlugs.category("ACCOUNT_SECURITY")).isEmpty();
    }

    private static HelpSections sections(Map<TicketCategory, List<BrowseProperties.SectionSetting>> configured) {
        return new HelpSections(new BrowseProperties(configured, 10, 60));
    }
}
