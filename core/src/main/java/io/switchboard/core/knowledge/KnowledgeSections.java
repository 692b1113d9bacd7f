package io.switchboard.core.knowledge;

import io.switchboard.core.ticket.TicketCategory;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Every category and its sections, in the order shown, from the configuration over the defaults: the
 * help center's tree, and the console editor's suggestions. An article sits in the section its
 * {@code section} names; one without a section, or naming a section its category does not have (renamed
 * in the configuration since), sits in the category's first section, so that no published article is out
 * of reach.
 */
@Component
public class KnowledgeSections {

    private final Map<TicketCategory, List<Section>> tree;

    KnowledgeSections(SectionsProperties properties) {
        Map<TicketCategory, List<Section>> sections = new EnumMap<>(DefaultSections.all());
        properties.sections().forEach((category, settings) -> sections.put(category, settings.stream()
                .map(setting -> new Section(category, setting.slug(), setting.titles())).toList()));
        sections.forEach(KnowledgeSections::requireDistinctSlugs);
        this.tree = Collections.unmodifiableMap(sections);
    }

    /** The categories in their enum's order, each with its sections. */
    public Map<TicketCategory, List<Section>> tree() {
        return tree;
    }

    /** Every section, category after category, each category's in its order. */
    public List<Section> all() {
        return tree.values().stream().flatMap(List::stream).toList();
    }

    public List<Section> of(TicketCategory category) {
        return tree.get(category);
    }

    public Optional<Section> find(TicketCategory category, String slug) {
        return of(category).stream().filter(section -> section.slug().equals(slug)).findFirst();
    }

    /** Where the article is listed. */
    public Section sectionOf(ArticleContent article) {
        return Optional.ofNullable(article.section())
                .flatMap(slug -> find(article.category(), slug))
                .orElseGet(() -> of(article.category()).get(0));
    }

    private static void requireDistinctSlugs(TicketCategory category, List<Section> sections) {
        Set<String> seen = new HashSet<>();
        for (Section section : sections) {
            if (!seen.add(section.slug())) {
                // the category as the operator wrote it in the property (relaxed binding: trading, deposit-withdrawal)
                throw new IllegalArgumentException("switchboard.helpcenter.sections."
                        + category.name().toLowerCase(Locale.ROOT).replace('_', '-')
                        + " names section '" + section.slug() + "' twice");
            }
        }
    }
}
