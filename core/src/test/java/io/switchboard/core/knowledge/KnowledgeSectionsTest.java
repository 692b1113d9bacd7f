package io.switchboard.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.core.ticket.TicketCategory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The category and section tree: defaults, configuration over them as an operator writes it, nonsense
 * refused at start-up, and where an article is listed.
 */
class KnowledgeSectionsTest {

    private final KnowledgeSections defaults = sections(Map.of());

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(SectionsConfiguration.class).withBean(KnowledgeSections.class);

    @Test
    void everyCategoryHasItsDefaultSectionsInBothLanguages() {
        assertThat(defaults.of(TicketCategory.TRADING)).extracting(Section::slug).containsExactly("spot", "futures", "fees");
        assertThat(defaults.of(TicketCategory.DEPOSIT_WITHDRAWAL)).extracting(section -> section.title("en"))
                .containsExactly("Deposits", "Withdrawals", "Buy crypto / fiat");
        assertThat(defaults.find(TicketCategory.ACCOUNT_SECURITY, "login-security").orElseThrow().title("zh"))
                .isEqualTo("登录与二次验证");
        assertThat(defaults.tree()).containsOnlyKeys(TicketCategory.values());
        assertThat(defaults.all()).hasSize(12).first().extracting(Section::slug).isEqualTo("login-security");
    }

    @Test
    void anArticleWithoutASectionOrWithOneItsCategoryLacksIsListedInTheFirstSection() {
        assertThat(defaults.sectionOf(article(TicketCategory.TRADING, "futures")).slug()).isEqualTo("futures");
        assertThat(defaults.sectionOf(article(TicketCategory.TRADING, null)).slug()).isEqualTo("spot");
        assertThat(defaults.sectionOf(article(TicketCategory.TRADING, "deposits")).slug()).isEqualTo("spot");
    }

    @Test
    void aConfiguredCategoryReplacesItsDefaultsAndTheOthersKeepTheirs() {
        context.withPropertyValues("switchboard.helpcenter.sections.trading[0].slug=options",
                        "switchboard.helpcenter.sections.trading[0].titles.en=Options",
                        "switchboard.helpcenter.sections.trading[0].titles.zh=期权")
                .run(started -> {
                    KnowledgeSections configured = started.getBean(KnowledgeSections.class);
                    assertThat(configured.of(TicketCategory.TRADING)).containsExactly(new Section(
                            TicketCategory.TRADING, "options", Map.of("en", "Options", "zh", "期权")));
                    assertThat(configured.of(TicketCategory.OTHER)).extracting(Section::slug)
                            .containsExactly("general");
                });
    }

    @Test
    void aSectionWhoseSlugIsNoSlugStopsStartUpSayingWhich() {
        context.withPropertyValues("switchboard.helpcenter.sections.trading[0].slug=Spot Trading",
                        "switchboard.helpcenter.sections.trading[0].titles.en=Spot")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("sections[TRADING][0].slug")
                        .hasMessageContaining("must be lower-case letters and digits joined by dashes"));
    }

    @Test
    void aSectionNamedTwiceStopsStartUpSayingWhere() {
        SectionsProperties.SectionSetting spot = new SectionsProperties.SectionSetting("spot", Map.of("en", "Spot"));
        assertThatThrownBy(() -> sections(Map.of(TicketCategory.TRADING, List.of(spot, spot))))
                .hasMessage("switchboard.helpcenter.sections.trading names section 'spot' twice");
    }

    @Test
    void aSectionTitleMissingInALanguageFallsBackToEnglish() {
        assertThat(new Section(TicketCategory.OTHER, "general", Map.of("en", "General")).title("zh")).isEqualTo("General");
    }

    private static KnowledgeSections sections(Map<TicketCategory, List<SectionsProperties.SectionSetting>> configured) {
        return new KnowledgeSections(new SectionsProperties(configured));
    }

    private static ArticleContent article(TicketCategory category, String section) {
        return new ArticleContent("an-article", category, List.of(), Map.of("en", new ArticleText("Title", "Body",
                List.of())), section, false, ArticleStatus.PUBLISHED);
    }
}
