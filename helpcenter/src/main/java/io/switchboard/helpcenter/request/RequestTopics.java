package io.switchboard.helpcenter.request;

import io.switchboard.core.knowledge.KnowledgeSections;
import io.switchboard.core.knowledge.Section;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.helpcenter.article.CategorySlugs;
import io.switchboard.helpcenter.article.PublishedArticles;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The request form's choice of where a request belongs: the category tree of {@link KnowledgeSections}, each
 * category with its sections, as one select. A choice's value is a section's ({@code trading/futures}) or a
 * whole category's ({@code trading}), the value links from the help center's pages have always sent as
 * {@code category=}. The category routes the request and decides its fields; the section tells the agent
 * what it is about.
 */
@Component
class RequestTopics {

    private static final String SEPARATOR = "/";

    private final KnowledgeSections sections;
    private final PublishedArticles articles;

    RequestTopics(KnowledgeSections sections, PublishedArticles articles) {
        this.sections = sections;
        this.articles = articles;
    }

    /**
     * Where a request belongs.
     *
     * @param section null when the person chose the whole category
     */
    record Topic(TicketCategory category, Section section) {

        static Topic of(Section section) {
            return new Topic(section.category(), section);
        }

        /** The form's value for it: {@code trading/futures}, {@code trading}. */
        String value() {
            String category = CategorySlugs.slug(this.category);
            return section == null ? category : category + SEPARATOR + section.slug();
        }
    }

    /** A category of the form's select (an {@code <optgroup>}), with the fields its requests need. */
    record CategoryChoice(String slug, List<String> fields, List<SectionChoice> sections) {
    }

    /** @param title in the reader's language */
    record SectionChoice(String value, String title) {
    }

    /** Every category, each with its sections titled in {@code language}, in the help center's order. */
    List<CategoryChoice> choices(String language) {
        return sections.tree().entrySet().stream().map(category -> new CategoryChoice(
                CategorySlugs.slug(category.getKey()),
                RequestField.of(category.getKey()).stream().map(RequestField::param).toList(),
                category.getValue().stream()
                        .map(section -> new SectionChoice(Topic.of(section).value(),
                                section.title(language)))
                        .toList())).toList();
    }

    /** The topic a form's value names; empty for a category or a section of it that does not exist. */
    Optional<Topic> topic(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int separator = value.indexOf(SEPARATOR);
        String categorySlug = separator < 0 ? value : value.substring(0, separator);
        return CategorySlugs.category(categorySlug).flatMap(category -> separator < 0
                ? Optional.of(new Topic(category, null))
                : sections.find(category, value.substring(separator + 1)).map(Topic::of));
    }

    /**
     * The value the form opens with: the section of the article the person came from, else the section
     * {@code section} names in {@code category}, else {@code category} as it was sent (a bare category, or a
     * value of the select itself). An unknown one selects nothing.
     */
    String opening(String category, String section, String article) {
        Optional<String> fromArticle = article == null ? Optional.empty()
                : articles.sectionOf(article).map(found -> Topic.of(found).value());
        return fromArticle
                .or(() -> CategorySlugs.category(category).flatMap(chosen -> sections.find(chosen, section))
                        .map(found -> Topic.of(found).value()))
                .orElse(category);
    }
}
