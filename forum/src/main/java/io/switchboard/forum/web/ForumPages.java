package io.switchboard.forum.web;

import io.switchboard.forum.ConditionalOnForum;
import io.switchboard.forum.moderation.FlagReason;
import io.switchboard.forum.moderation.Moderation;
import io.switchboard.forum.pipeline.SupportStatus;
import io.switchboard.forum.search.TopicSearch;
import io.switchboard.forum.topic.ForumReads;
import io.switchboard.forum.topic.ForumRefusal;
import io.switchboard.forum.topic.Post;
import io.switchboard.forum.topic.Posting;
import io.switchboard.forum.topic.Views;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The forum's pages: boards, a board's topics, a topic with its replies, the new-topic and reply
 * forms, accepting an answer, search. Forms post back here; a refused post shows the form again
 * with what was typed and the reason.
 */
@Controller
@RequestMapping("/forum")
@ConditionalOnForum
class ForumPages {

    static final int SEARCH_RESULTS = 30;

    private final ForumReads reads;
    private final Posting posting;
    private final SupportStatus support;
    private final TopicSearch search;
    private final Moderation moderation;

    ForumPages(ForumReads reads, Posting posting, SupportStatus support, TopicSearch search, Moderation moderation) {
        this.reads = reads;
        this.posting = posting;
        this.support = support;
        this.search = search;
        this.moderation = moderation;
    }

    @GetMapping({"", "/"})
    String boards(Model model, Locale locale) {
        model.addAttribute("boards", reads.boards(locale));
        return "forum/boards";
    }

    @GetMapping("/b/{slug}")
    String board(@PathVariable String slug, @RequestParam(defaultValue = "0") int page, Model model, Locale locale,
            Principal principal) {
        model.addAttribute("board", reads.board(slug, locale));
        model.addAttribute("topics", reads.topics(slug, page, name(principal)));
        return "forum/board";
    }

    @GetMapping("/b/{slug}/new")
    String newTopic(@PathVariable String slug, Model model, Locale locale) {
        model.addAttribute("board", reads.board(slug, locale));
        model.addAttribute("form", new TopicForm("", "", ""));
        return "forum/new-topic";
    }

    @PostMapping("/b/{slug}/topics")
    ModelAndView startTopic(@PathVariable String slug, TopicForm form, Model model, Locale locale, Principal principal) {
        try {
            Post post = posting.startTopic(principal.getName(), slug, form.title(), form.body(), form.tags(),
                    locale.getLanguage());
            return new ModelAndView("redirect:/forum/t/" + post.getTopic().getId() + (post.isVisible() ? "" : "?held"));
        } catch (ForumRefusal refusal) {
            if (refusal.kind() == ForumRefusal.Kind.NOT_FOUND) {
                throw refusal;
            }
            model.addAttribute("board", reads.board(slug, locale));
            model.addAttribute("form", form);
            return ForumErrors.refused(model, refusal, "forum/new-topic");
        }
    }

    @GetMapping("/t/{id}")
    String topic(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Long quote, Model model, Locale locale, HttpServletRequest request) {
        showTopic(id, page, model, locale, request);
        posting.viewed(id);
        model.addAttribute("reply", new ReplyForm("", quote));
        return "forum/topic";
    }

    @PostMapping("/t/{id}/replies")
    ModelAndView reply(@PathVariable long id, ReplyForm form, Model model, Locale locale, Principal principal,
            HttpServletRequest request) {
        try {
            Post post = posting.reply(principal.getName(), id, form.body(), form.quote(), locale.getLanguage());
            int last = reads.topic(id, 0, principal.getName(), locale, null).posts().totalPages() - 1;
            return new ModelAndView("redirect:/forum/t/" + id + "?page=" + last + (post.isVisible() ? "" : "&held") + "#p" + post.getId());
        } catch (ForumRefusal refusal) {
            if (refusal.kind() == ForumRefusal.Kind.NOT_FOUND) {
                throw refusal;
            }
            showTopic(id, 0, model, locale, request);
            model.addAttribute("reply", form);
            return ForumErrors.refused(model, refusal, "forum/topic");
        }
    }

    @PostMapping("/p/{id}/accept")
    ModelAndView accept(@PathVariable long id, Principal principal) {
        return new ModelAndView("redirect:/forum/t/" + posting.accept(principal.getName(), id).getId() + "#p" + id);
    }

    @PostMapping("/p/{id}/flags")
    ModelAndView flag(@PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String note, Principal principal) {
        long topic = moderation.flag(principal.getName(), id, FlagReason.parse(reason), note).getPost().getTopic().getId();
        return new ModelAndView("redirect:/forum/t/" + topic + "?flagged#p" + id);
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("results", q.isBlank() ? java.util.List.of()
                : reads.visibleTopics(search.search(q, SEARCH_RESULTS)));
        return "forum/search";
    }

    private void showTopic(long id, int page, Model model, Locale locale, HttpServletRequest request) {
        Views.SupportTicket ticket = support.ticketOf(id).orElse(null);
        model.addAttribute("detail", reads.topic(id, page, name(request.getUserPrincipal()), locale, ticket));
        if (request.isUserInRole("MODERATOR") || request.isUserInRole("ADMIN")) {
            // the moderator toolbar's "move to" list
            model.addAttribute("boards", reads.boards(locale));
        }
    }

    static String name(Principal principal) {
        return principal == null ? null : principal.getName();
    }

    record TopicForm(String title, String body, String tags) {
    }

    record ReplyForm(String body, Long quote) {
    }
}
