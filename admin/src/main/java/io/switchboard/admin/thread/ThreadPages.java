package io.switchboard.admin.thread;

import io.switchboard.admin.api.PageQuery;
import io.switchboard.admin.attachment.ReplyFiles;
import io.switchboard.admin.outbox.UndeliveredWording;
import io.switchboard.admin.ticket.CallBackQueries;
import io.switchboard.admin.web.ConsoleMessages;
import io.switchboard.admin.web.ConsolePages;
import io.switchboard.admin.web.Pager;
import io.switchboard.core.attachment.AttachmentRefusedException;
import io.switchboard.core.attachment.UploadedFile;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.web.upload.Uploads;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's inbox (support threads from every channel, most recently active first) and the
 * page of one thread, where staff read the conversation and answer it on its own channel.
 */
@Controller
@RequestMapping("/console")
class ThreadPages {

    /** The languages the inbox filters by: those the knowledge base and the console speak. */
    static final List<String> LANGUAGES = List.of("en", "zh");
    /** The flash attribute that gives a refused reply back to the reply box. */
    static final String DRAFT = "draft";
    /** Beside the draft: the article the reply was started from, if any. */
    static final String DRAFT_ARTICLE = "draftArticle";

    private final ThreadQueries queries;
    private final ThreadViews views;
    private final ConnectedChannels channels;
    private final ArticleReplies replies;
    private final ReplyFiles files;
    private final ConsoleMessages messages;
    private final MessageSource messageSource;
    private final CallBackQueries callBacks;

    ThreadPages(ThreadQueries queries, ThreadViews views, ConnectedChannels channels, ArticleReplies replies,
            ReplyFiles files, ConsoleMessages messages, MessageSource messageSource, CallBackQueries callBacks) {
        this.queries = queries;
        this.views = views;
        this.channels = channels;
        this.replies = replies;
        this.files = files;
        this.messages = messages;
        this.messageSource = messageSource;
        this.callBacks = callBacks;
    }

    /** @param mine only threads whose ticket is assigned to the signed-in staff member */
    @GetMapping("/inbox")
    String inbox(@RequestParam(required = false) Channel channel, @RequestParam(required = false) ThreadStatus status,
            @RequestParam(required = false) String language, @RequestParam(required = false) Boolean ticket,
            @RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) String q,
            @Valid PageQuery paging, Principal principal, HttpServletRequest request, Model model) {
        InboxFilter filter = new InboxFilter(channel, status, language, ticket, mine ? principal.getName() : null, q);
        var threads = queries.list(filter, paging.pageable(ThreadQueries.LATEST_ACTIVITY_FIRST));
        model.addAttribute("threads", threads);
        // a member who asked to be called back: their number, masked, beside their name
        model.addAttribute("phones", callBacks.maskedByConversation(threads.content().stream()
                .filter(thread -> Channel.WEB.key().equals(thread.channel())).map(ThreadSummary::conversationKey)
                .toList()));
        model.addAttribute("pager", Pager.of(threads, request));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("statuses", ThreadStatus.values());
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("filter", filter);
        model.addAttribute("mine", mine);
        return "console/inbox";
    }

    /**
     * @param kb words to find knowledge-base articles by, for a canned reply
     * @param canned an article whose text starts the reply (how canned replies work without JavaScript)
     */
    @GetMapping("/threads/{id}")
    ModelAndView thread(@PathVariable long id, @RequestParam(required = false) String kb,
            @RequestParam(required = false) String canned, Locale locale, Model model) {
        Optional<ThreadView> view = views.find(id, kb, canned);
        if (view.isEmpty()) {
            return ConsolePages.notFound();
        }
        if (view.get().cannedText() != null && !model.containsAttribute(DRAFT)) {
            model.addAttribute(DRAFT, view.get().cannedText());
            model.addAttribute(DRAFT_ARTICLE, canned);
        }
        model.addAttribute("view", view.get());
        model.addAttribute("undelivered", new UndeliveredWording(messageSource, locale));
        model.addAttribute("kb", kb);
        ThreadSummary summary = view.get().detail().thread();
        model.addAttribute("maxReply", channels.replyLimit(Channel.fromKey(summary.channel()), summary.conversationKey()));
        model.addAttribute("replyFiles", files);
        return new ModelAndView("console/thread");
    }

    /**
     * Queues the reply in the outbox under the signed-in staff member's name, or says why not.
     *
     * @param article the knowledge-base article the reply was started from (the page's script notes the
     *     canned reply picked); one that no longer exists is left out, the reply goes
     * @param files files for the member, where the thread's channel sends them
     * @param ticket the ticket whose page the reply was written on, to go back to; null for the thread's page
     */
    @PostMapping("/threads/{id}/replies")
    ModelAndView reply(@PathVariable long id, @RequestParam(required = false) String text,
            @RequestParam(required = false) String article, @RequestParam(required = false) List<MultipartFile> files,
            @RequestParam(required = false) Long ticket, Principal principal, RedirectAttributes redirect) {
        Optional<ThreadSummary> thread = queries.summary(id);
        if (thread.isEmpty()) {
            return ConsolePages.notFound();
        }
        String back = ticket == null ? "/console/threads/" + id : "/console/tickets/" + ticket;
        String reply = ReplyText.strip(text);
        List<UploadedFile> uploads = Uploads.of(files);
        String refusal = refusal(thread.get(), reply, uploads);
        String sent = article == null || article.isBlank() || !replies.isArticle(article) ? null : article;
        if (refusal == null) {
            try {
                replies.send(id, principal.getName(), reply, sent, uploads);
            } catch (NoSuchElementException e) {
                return ConsolePages.notFound();
            } catch (AttachmentRefusedException refused) {
                refusal = messages.text(refused.messageKey(), refused.args());
            }
        }
        if (refusal != null) {
            redirect.addFlashAttribute(ConsoleMessages.ERROR, refusal);
            redirect.addFlashAttribute(DRAFT, text);
            redirect.addFlashAttribute(DRAFT_ARTICLE, article);
        } else {
            redirect.addFlashAttribute(ConsoleMessages.NOTICE, messages.text("console.reply.queued"));
        }
        return new ModelAndView("redirect:" + back);
    }

    /** Why the reply cannot go out, in the reader's language; null when it can. */
    private String refusal(ThreadSummary thread, String reply, List<UploadedFile> uploads) {
        if (reply.isEmpty()) {
            return messages.text("console.reply.empty");
        }
        Channel channel = Channel.fromKey(thread.channel());
        int limit = channels.replyLimit(channel, thread.conversationKey());
        if (!ReplyText.fits(reply, limit)) {
            return messages.text("console.reply.tooLong", limit, reply.length());
        }
        if (!channels.isOn(channel) || !replies.available()) {
            return messages.text("console.reply.connectorOff", messages.text("console.channel." + channel.name()));
        }
        if (!uploads.isEmpty() && !files.sendable(channel, thread.conversationKey())) {
            return messages.text("console.reply.noFiles", messages.text("console.channel." + channel.name()));
        }
        return null;
    }
}
