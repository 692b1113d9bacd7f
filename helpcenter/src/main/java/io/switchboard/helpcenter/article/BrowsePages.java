package io.switchboard.helpcenter.article;

import io.switchboard.core.knowledge.KnowledgeSections;
import io.switchboard.core.knowledge.Section;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.web.language.SiteLanguage;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The knowledge base's pages: the help center's home, a category, a section, an article, an
 * announcement, and the sitemap. A draft, an unknown article or a retracted announcement is the help
 * center's 404 page ({@code HelpErrorPage}).
 */
@Controller
@RequestMapping("/help")
class BrowsePages {

    private final Shelves shelves;
    private final RenderedArticles articles;
    private final PublishedArticles published;
    private final KnowledgeSections sections;
    private final PublicAddress address;
    private final Sitemap sitemap;
    private final MessageSource messages;

    BrowsePages(Shelves shelves, RenderedArticles articles, PublishedArticles published, KnowledgeSections sections,
            PublicAddress address, Sitemap sitemap, MessageSource messages) {
        this.shelves = shelves;
        this.articles = articles;
        this.published = published;
        this.sections = sections;
        this.address = address;
        this.sitemap = sitemap;
        this.messages = messages;
    }

    @GetMapping({"", "/"})
    String home(Model model, Locale locale, HttpServletRequest request) {
        String language = language(locale);
        model.addAttribute("categories", shelves.categories(language));
        model.addAttribute("promoted", shelves.promoted(language));
        model.addAttribute("announcements", shelves.announcements(language));
        model.addAttribute("seo", address.meta(request, "/help", language, PublicAddress.LANGUAGES,
                message("help.site.name", locale), message("help.home.about", locale), "website"));
        return "help/browse/home";
    }

    @GetMapping("/categories/{category}")
    String category(@PathVariable("category") String slug, Model model, Locale locale, HttpServletRequest request) {
        String language = language(locale);
        TicketCategory category = CategorySlugs.category(slug).orElseThrow(BrowsePages::notFound);
        Shelves.CategoryShelf shelf = shelves.category(category, language);
        model.addAttribute("category", shelf);
        model.addAttribute("crumbs", List.of());
        model.addAttribute("seo", address.meta(request, shelf.path(), language, PublicAddress.LANGUAGES,
                message("help.category." + slug, locale), message("help.category." + slug + ".about", locale),
                "website"));
        return "help/browse/category";
    }

    @GetMapping("/categories/{category}/{section}")
    String section(@PathVariable("category") String categorySlug, @PathVariable("section") String sectionSlug,
            Model model, Locale locale, HttpServletRequest request) {
        String language = language(locale);
        Section section = CategorySlugs.category(categorySlug)
                .flatMap(category -> sections.find(category, sectionSlug))
                .orElseThrow(BrowsePages::notFound);
        Shelves.SectionShelf shelf = shelves.section(section, language);
        String categoryTitle = message("help.category." + categorySlug, locale);
        model.addAttribute("section", shelf);
        model.addAttribute("crumbs", List.of(categoryCrumb(section, locale)));
        model.addAttribute("seo", address.meta(request, CategorySlugs.path(section), language, PublicAddress.LANGUAGES,
                shelf.title() + " · " + categoryTitle, message("help.section.about",
                        new Object[] {shelf.title(), categoryTitle}, locale), "website"));
        return "help/browse/section";
    }

    /** @param voted "yes" or "no" after a vote sent without script: the page thanks the reader */
    @GetMapping("/articles/{key}")
    String article(@PathVariable String key, @RequestParam(required = false) String voted, Model model, Locale locale,
            HttpServletRequest request) {
        String language = language(locale);
        ArticlePage page = articles.page(key, language).orElseThrow(BrowsePages::notFound);
        model.addAttribute("page", page);
        model.addAttribute("crumbs", List.of(categoryCrumb(page.section(), locale),
                new Crumb(page.section().title(language), CategorySlugs.path(page.section()))));
        model.addAttribute("voted", "yes".equals(voted) || "no".equals(voted) ? voted : null);
        model.addAttribute("seo", address.meta(request, page.path(), language, page.languages(), page.title(),
                page.description(), "article"));
        return "help/browse/article";
    }

    @GetMapping("/announcements/{id}")
    String announcement(@PathVariable long id, Model model, Locale locale, HttpServletRequest request) {
        String language = language(locale);
        Shelves.AnnouncementPage page = shelves.announcement(id, language).orElseThrow(BrowsePages::notFound);
        model.addAttribute("announcement", page);
        model.addAttribute("crumbs", List.of());
        model.addAttribute("seo", address.meta(request, Shelves.AnnouncementPage.path(id), language,
                page.languages(), page.title(), page.description(), "article"));
        return "help/browse/announcement";
    }

    /** Built once per public address and kept until an article changes. */
    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap(HttpServletRequest request) {
        Catalog catalog = published.catalog();
        String xml = catalog.sitemap(address.base(request), base -> sitemap.write(catalog, base));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8)).body(xml);
    }

    private Crumb categoryCrumb(Section section, Locale locale) {
        return new Crumb(message("help.category." + CategorySlugs.slug(section.category()), locale),
                CategorySlugs.path(section.category()));
    }

    static String language(Locale locale) {
        return SiteLanguage.supported(locale).getLanguage();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private String message(String key, Object[] arguments, Locale locale) {
        return messages.getMessage(key, arguments, locale);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
