package io.switchboard.admin.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.admin.web.ConsolePages;
import io.switchboard.core.helpcenter.ArticleTally;
import io.switchboard.core.helpcenter.ArticleVotes;
import io.switchboard.core.json.StoredJson;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleRevision;
import io.switchboard.core.knowledge.ArticleStatus;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.core.knowledge.DuplicateArticleException;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.knowledge.KnowledgeSections;
import io.switchboard.core.knowledge.StoredArticle;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.web.markdown.ArticleMarkdown;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * The console's knowledge-base editor, for the staff who may edit articles in the staff API (every staff
 * role): the list with each article's status and how helpful the help center's readers found it, the
 * editor (zh and en versions of one key, a Markdown body with a live preview, draft or published, the
 * configured sections suggested with their titles in the reader's language), and the article's revisions,
 * each readable as it was. Every change goes through {@link KnowledgeBase}: a revision, a line of the audit
 * log, and the answer engine and help center of every instance told within a second.
 */
@Controller
@RequestMapping("/console/knowledge")
class ArticlePages {

    private static final String LIST = "console/articles";
    private static final String FORM = "console/article-form";

    private final KnowledgeBase knowledgeBase;
    private final KnowledgeSections sections;
    private final ArticleVotes votes;
    private final ArticleMarkdown markdown;
    private final ObjectMapper snapshots;

    ArticlePages(KnowledgeBase knowledgeBase, KnowledgeSections sections, ArticleVotes votes, ArticleMarkdown markdown,
            ObjectMapper json) {
        this.knowledgeBase = knowledgeBase;
        this.sections = sections;
        this.votes = votes;
        this.markdown = markdown;
        this.snapshots = StoredJson.mapper(json);
    }

    /**
     * Every article, by key; narrowed by status, category and words of the key, a title or a tag (any case)
     * when the filter bar says so.
     */
    @GetMapping
    String list(@RequestParam(required = false) ArticleStatus status,
            @RequestParam(required = false) TicketCategory category, @RequestParam(required = false) String q,
            Model model) {
        Map<String, ArticleTally> tallies = votes.tallies().stream()
                .collect(Collectors.toMap(ArticleTally::articleKey, Function.identity()));
        String words = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        model.addAttribute("articles", knowledgeBase.articles().stream()
                .filter(article -> status == null || article.content().status() == status)
                .filter(article -> category == null || article.content().category() == category)
                .filter(article -> words.isEmpty() || mentions(article.content(), words))
                .map(article -> new ArticleRow(article, tallies.get(article.content().key()))).toList());
        model.addAttribute("statuses", ArticleStatus.values());
        model.addAttribute("categories", TicketCategory.values());
        model.addAttribute("status", status);
        model.addAttribute("category", category);
        model.addAttribute("q", q);
        return LIST;
    }

    private static boolean mentions(ArticleContent article, String words) {
        return Stream.concat(Stream.concat(Stream.of(article.key()), article.tags().stream()),
                        article.variants().values().stream().map(ArticleText::title))
                .anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(words));
    }

    @GetMapping("/new")
    String create(Model model) {
        return form(model, new ArticleForm(), null);
    }

    @PostMapping
    String create(@ModelAttribute("form") ArticleForm form, BindingResult errors, Principal staff, Model model) {
        form.validate(errors, true);
        if (!errors.hasErrors()) {
            try {
                StoredArticle created = knowledgeBase.create(form.toContent(form.getKey().strip()), staff.getName());
                return saved(created);
            } catch (DuplicateArticleException e) {
                errors.rejectValue("key", "console.kb.error.keyTaken");
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/{key}/edit")
    Object edit(@PathVariable String key, Model model) {
        Optional<StoredArticle> article = knowledgeBase.article(key);
        if (article.isEmpty()) {
            return ConsolePages.notFound();
        }
        return form(model, ArticleForm.of(article.get().content()), article.get());
    }

    @PostMapping("/{key}")
    Object update(@PathVariable String key, @ModelAttribute("form") ArticleForm form, BindingResult errors,
            Principal staff, Model model) {
        Optional<StoredArticle> article = knowledgeBase.article(key);
        if (article.isEmpty()) {
            return ConsolePages.notFound();
        }
        form.setKey(key);
        form.validate(errors, false);
        if (errors.hasErrors()) {
            return form(model, form, article.get());
        }
        return saved(knowledgeBase.update(key, form.toContent(key), staff.getName()));
    }

    /** One earlier version of the article, as it read after that change (before it, for a deletion). */
    @GetMapping("/{key}/revisions/{version}")
    ModelAndView revision(@PathVariable String key, @PathVariable int version) {
        Optional<ArticleRevision> revision = knowledgeBase.revisions(key).stream()
                .filter(r -> r.getVersion() == version).findFirst();
        if (revision.isEmpty()) {
            return ConsolePages.notFound();
        }
        ArticleContent content = read(revision.get());
        return new ModelAndView("console/article-revision", Map.of("revision", revision.get(), "article", content,
                "bodies", content.variants().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        text -> markdown.toHtml(text.getValue().body()))),
                "current", knowledgeBase.article(key).isPresent()));
    }

    /** What a body being written will look like: the help center's own rendering, cleaned, as JSON. */
    @PostMapping(path = "/preview", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Preview preview(@Validated @RequestBody PreviewRequest request) {
        return new Preview(markdown.toHtml(request.markdown()));
    }

    record PreviewRequest(@Size(max = ArticleForm.MAX_BODY) String markdown) {
    }

    record Preview(String html) {
    }

    /** A line of the editor's history: the change, and whether the article was published after it. */
    record Version(ArticleRevision revision, ArticleStatus status) {
    }

    private static String saved(StoredArticle article) {
        return "redirect:/console/knowledge/" + article.content().key() + "/edit?"
                + (article.content().published() ? "published" : "saved");
    }

    private String form(Model model, ArticleForm form, StoredArticle article) {
        model.addAttribute("form", form);
        model.addAttribute("article", article);
        model.addAttribute("categories", TicketCategory.values());
        // suggested, not enforced: an article naming a section its category lacks is listed in the first one
        model.addAttribute("sections", sections.all());
        model.addAttribute("revisions", article == null ? List.of() : knowledgeBase.revisions(article.content().key())
                .stream().map(revision -> new Version(revision, read(revision).status())).toList());
        model.addAttribute("tally", article == null ? null : votes.tally(article.content().key()));
        return FORM;
    }

    private ArticleContent read(ArticleRevision revision) {
        try {
            return snapshots.readValue(revision.getSnapshot(), ArticleContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("revision " + revision.getVersion() + " of article "
                    + revision.getArticleKey() + " is not an article", e);
        }
    }
}
