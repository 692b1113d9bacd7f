package io.switchboard.helpcenter.article;

import io.switchboard.core.announcement.AnnouncementText;
import io.switchboard.core.knowledge.KnowledgeSections;
import io.switchboard.core.knowledge.Section;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.web.markdown.Markdown;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * What the home, category and section pages list, in the reader's language, read from the
 * {@link PublishedArticles} in memory; and the announcements' pages.
 */
@Service
class Shelves {

    static final int ANNOUNCEMENTS_ON_HOME = 5;

    private final PublishedArticles articles;
    private final RenderedArticles pages;
    private final KnowledgeSections sections;
    private final LiveAnnouncements announcements;
    private final Markdown markdown;

    Shelves(PublishedArticles articles, RenderedArticles pages, KnowledgeSections sections,
            LiveAnnouncements announcements, Markdown markdown) {
        this.articles = articles;
        this.pages = pages;
        this.sections = sections;
        this.announcements = announcements;
        this.markdown = markdown;
    }

    List<CategoryShelf> categories(String language) {
        return sections.tree().keySet().stream().map(category -> category(category, language)).toList();
    }

    CategoryShelf category(TicketCategory category, String language) {
        return new CategoryShelf(category, sections.of(category).stream()
                .map(section -> section(section, language)).toList());
    }

    SectionShelf section(Section section, String language) {
        return new SectionShelf(section, section.title(language), pages.links(articles.catalog().in(section), language));
    }

    List<ArticleLink> promoted(String language) {
        return pages.links(articles.catalog().promoted(), language);
    }

    List<AnnouncementLink> announcements(String language) {
        return announcements.latest(ANNOUNCEMENTS_ON_HOME).stream()
                .map(announcement -> new AnnouncementLink(announcement.id(), announcement.text(language).title(),
                        announcement.publishedAt()))
                .toList();
    }

    Optional<AnnouncementPage> announcement(long id, String language) {
        return announcements.find(id).map(announcement -> {
            AnnouncementText text = announcement.text(language);
            String html = markdown.toHtml(Markdown.fromChatText(text.body()));
            return new AnnouncementPage(id, text.title(), html, PlainText.summary(html), announcement.publishedAt(),
                    announcements.expired(announcement), announcement.texts().containsKey(language),
                    announcement.texts().keySet());
        });
    }

    /** A category with its sections and their articles. */
    public record CategoryShelf(TicketCategory category, List<SectionShelf> sections) {

        public String slug() {
            return CategorySlugs.slug(category);
        }

        public String path() {
            return CategorySlugs.path(category);
        }

        public int articleCount() {
            return sections.stream().mapToInt(section -> section.articles().size()).sum();
        }
    }

    /** A section with its articles, by title. */
    public record SectionShelf(Section section, String title, List<ArticleLink> articles) {

        public String path() {
            return CategorySlugs.path(section);
        }
    }

    public record AnnouncementLink(long id, String title, Instant publishedAt) {

        public String path() {
            return AnnouncementPage.path(id);
        }

        public LocalDate publishedOn() {
            return publishedAt.atZone(ZoneOffset.UTC).toLocalDate();
        }
    }

    /**
     * An announcement's page.
     *
     * @param inReadersLanguage false when it is shown in another language than the reader's
     * @param languages the languages it is written in
     */
    public record AnnouncementPage(long id, String title, String html, String description, Instant publishedAt,
            boolean expired, boolean inReadersLanguage, Set<String> languages) {

        static String path(long id) {
            return "/help/announcements/" + id;
        }

        public LocalDate publishedOn() {
            return publishedAt.atZone(ZoneOffset.UTC).toLocalDate();
        }
    }
}
