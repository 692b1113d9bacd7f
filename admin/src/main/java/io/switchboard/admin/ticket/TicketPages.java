package io.switchboard.admin.ticket;

import io.switchboard.admin.api.PageQuery;
import io.switchboard.admin.api.PageResponse;
import io.switchboard.admin.attachment.ReplyFiles;
import io.switchboard.admin.web.Age;
import io.switchboard.admin.web.Pager;
import io.switchboard.core.callback.CallLogs;
import io.switchboard.core.callback.CallOutcome;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.phrasing.TicketAnswers;
import io.switchboard.core.ticket.InvalidTicketRequestException;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketChange;
import io.switchboard.core.ticket.TicketPriority;
import io.switchboard.core.ticket.TicketStatus;
import io.switchboard.core.ticket.TicketTransitionException;
import io.switchboard.core.ticket.TicketWorkflow;
import io.switchboard.core.ticket.VipMembers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's tickets: the filtered list, one ticket with its thread and history, and the forms
 * that change it, resolve it with the article that answered it, open one by hand, or mark its member
 * VIP. Every change goes through {@link TicketWorkflow} (by way of {@link TicketAnswers}, which proposes
 * the member's question as a phrasing of the answering article when the ticket is resolved) or
 * {@link VipMembers} under the signed-in staff member's name; a change the
 * workflow refuses shows the ticket again with the reason (409 for a status it cannot move to, 400
 * for a name that is not staff).
 */
@Controller
@RequestMapping("/console/tickets")
class TicketPages {

    private static final String VIEW = "console/ticket";
    /** The flash attribute that says what became of the member's question when the ticket was resolved. */
    private static final String LEARNED = "learned";

    private final TicketQueries queries;
    private final TicketWorkflow workflow;
    private final TicketAnswers answers;
    private final KnowledgeBase knowledgeBase;
    private final VipMembers vips;
    private final MessageSource messages;
    private final HistoryWording history;
    private final ReplyFiles files;
    private final CallBackQueries callBacks;
    private final CallLogs calls;
    private final Clock clock;

    TicketPages(TicketQueries queries, TicketWorkflow workflow, TicketAnswers answers, KnowledgeBase knowledgeBase,
            VipMembers vips, MessageSource messages, HistoryWording history, ReplyFiles files,
            CallBackQueries callBacks, CallLogs calls, Clock clock) {
        this.queries = queries;
        this.workflow = workflow;
        this.answers = answers;
        this.knowledgeBase = knowledgeBase;
        this.vips = vips;
        this.messages = messages;
        this.history = history;
        this.files = files;
        this.callBacks = callBacks;
        this.calls = calls;
        this.clock = clock;
    }

    /**
     * A line of the list: the ticket, how long it has been open and, for a call-back, the number masked.
     *
     * @param phone null unless the member asked to be called back
     */
    record Row(TicketSummary ticket, Age age, String phone) {
    }

    /** An article to pick as the one that answered the ticket, titled in the reader's language. */
    record ArticleChoice(String key, String title) {
    }

    /**
     * The form of a ticket opened by hand: {@link TicketRequests.NewTicket}'s rules, with the thread
     * number as typed, so that a mistyped one is shown again rather than lost.
     */
    record NewTicketForm(@NotBlank @Size(max = 255) String subject, @NotNull TicketCategory category,
            @NotNull TicketPriority priority, @Pattern(regexp = "\\s*\\d{0,18}\\s*") String threadId) {

        Long thread() {
            return threadId == null || threadId.isBlank() ? null : Long.valueOf(threadId.strip());
        }
    }

    @GetMapping
    String list(TicketFilter filter, @Valid PageQuery paging, Principal principal, HttpServletRequest request,
            Model model) {
        Instant now = clock.instant();
        PageResponse<TicketSummary> page = queries.list(filter.forUser(principal.getName()),
                paging.pageable(Sort.unsorted()));
        Map<Long, String> phones = callBacks.maskedNumbers(page.content().stream().map(TicketSummary::id).toList());
        model.addAttribute("tickets", new PageResponse<>(page.content().stream()
                .map(ticket -> new Row(ticket, Age.between(ticket.createdAt(), now), phones.get(ticket.id()))).toList(),
                page.page(), page.size(), page.totalElements(), page.totalPages()));
        model.addAttribute("pager", Pager.of(page, request));
        model.addAttribute("filter", filter);
        model.addAttribute("staff", queries.staff());
        addChoices(model);
        model.addAttribute("orders", TicketFilter.Order.values());
        return "console/tickets";
    }

    @GetMapping("/new")
    String newTicket(Model model) {
        model.addAttribute("ticket", new NewTicketForm(null, TicketCategory.OTHER, TicketPriority.NORMAL, null));
        addChoices(model);
        return "console/ticket-new";
    }

    @PostMapping
    String open(@Valid @ModelAttribute("ticket") NewTicketForm ticket, BindingResult errors,
            Principal principal, Model model, HttpServletResponse response) {
        if (errors.getTarget() == null) {
            // Only a hand-made request sends a category or priority the form does not offer.
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown category or priority");
        }
        if (!errors.hasErrors()) {
            try {
                Ticket opened = workflow.openByHand(ticket.subject().strip(), ticket.category(), ticket.priority(),
                        ticket.thread(), principal.getName());
                return "redirect:/console/tickets/" + opened.getNumber();
            } catch (InvalidTicketRequestException unknownThread) {
                errors.rejectValue("threadId", "console.ticket.error.noThread", new Object[] {ticket.threadId().strip()},
                        unknownThread.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        addChoices(model);
        return "console/ticket-new";
    }

    @GetMapping("/{reference}")
    String view(@PathVariable String reference, Model model) {
        return view(TicketReference.id(reference), model);
    }

    /**
     * One form per field: each sends only its own parameter, and {@code assignee} is a staff user
     * name, {@code me}, or {@code none} to put the ticket back in the queue.
     */
    @PostMapping("/{reference}/change")
    String change(@PathVariable String reference, @RequestParam(required = false) TicketStatus status,
            @RequestParam(required = false) TicketPriority priority,
            @RequestParam(required = false) TicketCategory category,
            @RequestParam(required = false) String assignee, Principal principal, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        long id = TicketReference.id(reference);
        TicketChange change = new TicketChange(status, priority, category, assignee(assignee, principal));
        if (change.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "nothing to change");
        }
        return changed(id, change, null, principal, model, response, redirect);
    }

    /**
     * Names the knowledge-base article that answered the ticket, and resolves the ticket if it is not
     * yet: the member's question is then proposed as a phrasing of the article, and the page says so.
     */
    @PostMapping("/{reference}/answer")
    String answer(@PathVariable String reference, @RequestParam String article, Principal principal, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        long id = TicketReference.id(reference);
        boolean unresolved = ticket(id).ticket().status().isUnresolved();
        TicketChange change = new TicketChange(unresolved ? TicketStatus.RESOLVED : null, null, null, null);
        return changed(id, change, article, principal, model, response, redirect);
    }

    private String changed(long id, TicketChange change, String article, Principal principal, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            answers.change(id, change, article, principal.getName())
                    .ifPresent(outcome -> redirect.addFlashAttribute(LEARNED, outcome));
        } catch (TicketTransitionException refused) {
            TicketStatus current = ticket(id).ticket().status();
            return refused(id, new DefaultMessageSourceResolvable(new String[] {"console.ticket.error.transition"},
                    new Object[] {Ticket.NUMBER_PREFIX + id, statusName(current), statusName(change.status())}),
                    HttpStatus.CONFLICT, model, response);
        } catch (InvalidTicketRequestException invalid) {
            MessageSourceResolvable why = "answeredBy".equals(invalid.field())
                    ? new DefaultMessageSourceResolvable(new String[] {"console.ticket.error.noArticle"},
                            new Object[] {article})
                    : notStaff(change.assignee().orElse(""));
            return refused(id, why, HttpStatus.BAD_REQUEST, model, response);
        }
        return saved(id, redirect);
    }

    /** Marks the ticket's member VIP, or not; their unresolved tickets jump the queue. */
    @PostMapping("/{reference}/vip")
    String vip(@PathVariable String reference, @RequestParam boolean vip, Principal principal,
            RedirectAttributes redirect) {
        long id = TicketReference.id(reference);
        vips.markVip(member(id), vip, principal.getName());
        return saved(id, redirect);
    }

    /** Gives the ticket's member a dedicated manager; an empty name removes the one they have. */
    @PostMapping("/{reference}/manager")
    String manager(@PathVariable String reference, @RequestParam(defaultValue = "") String manager, Model model,
            HttpServletResponse response, RedirectAttributes redirect, Principal principal) {
        long id = TicketReference.id(reference);
        try {
            vips.assignManager(member(id), manager.isBlank() ? null : manager.strip(), principal.getName());
        } catch (InvalidTicketRequestException notStaff) {
            return refused(id, notStaff(manager), HttpStatus.BAD_REQUEST, model, response);
        }
        return saved(id, redirect);
    }

    /**
     * Logs a call the agent made for the ticket: how it went, how many minutes, notes. A duration that is no number
     * or out of bounds, or notes too long, show the ticket again with why (400).
     */
    @PostMapping("/{reference}/calls")
    String logCall(@PathVariable String reference, @RequestParam CallOutcome outcome,
            @RequestParam(defaultValue = "") String minutes, @RequestParam(defaultValue = "") String notes,
            Principal principal, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        long id = TicketReference.id(reference);
        ticket(id); // a ticket that does not exist is a 404, as on its page
        int duration;
        try {
            duration = Integer.parseInt(minutes.strip());
        } catch (NumberFormatException notANumber) {
            return refusedCall(id, "minutes", model, response);
        }
        try {
            calls.log(id, outcome, duration, notes, principal.getName());
        } catch (InvalidTicketRequestException invalid) {
            return refusedCall(id, invalid.field(), model, response);
        }
        return saved(id, redirect);
    }

    private String view(long id, Model model) {
        TicketDetail detail = ticket(id);
        model.addAttribute("callBack", callBacks.of(id).orElse(null));
        model.addAttribute("outcomes", CallOutcome.values());
        model.addAttribute("detail", detail);
        model.addAttribute("history", history.lines(detail.history(), LocaleContextHolder.getLocale()));
        TicketConversation conversation = queries.conversation(id).orElse(null);
        model.addAttribute("conversation", conversation);
        model.addAttribute("replyFiles", files);
        model.addAttribute("filesAllowed", conversation != null
                && files.sendable(conversation.channel(), conversation.conversationKey()));
        model.addAttribute("staff", queries.staff());
        model.addAttribute("articles", articleChoices(LocaleContextHolder.getLocale()));
        model.addAttribute("answerArticle", detail.history().stream()
                .filter(entry -> TicketAnswers.ANSWER_ARTICLE.equals(entry.action()))
                .reduce((first, last) -> last).map(TicketDetail.HistoryEntry::detail).orElse(null));
        addChoices(model);
        return VIEW;
    }

    private List<ArticleChoice> articleChoices(Locale locale) {
        return knowledgeBase.articles().stream()
                .map(stored -> new ArticleChoice(stored.content().key(),
                        stored.content().variant(locale.getLanguage()).title()))
                .toList();
    }

    private String refused(long id, MessageSourceResolvable why, HttpStatus status, Model model,
            HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("error", messages.getMessage(why, LocaleContextHolder.getLocale()));
        return view(id, model);
    }

    /** @param field {@code minutes} or {@code notes}: {@code console.call.error.minutes}... */
    private String refusedCall(long id, String field, Model model, HttpServletResponse response) {
        return refused(id, new DefaultMessageSourceResolvable(new String[] {"console.call.error." + field},
                new Object[] {CallLogs.MAX_MINUTES, CallLogs.NOTES_LENGTH}), HttpStatus.BAD_REQUEST, model, response);
    }

    private static String saved(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", true);
        return "redirect:/console/tickets/" + Ticket.NUMBER_PREFIX + id;
    }

    private TicketDetail ticket(long id) {
        return queries.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no ticket " + Ticket.NUMBER_PREFIX + id));
    }

    private long member(long ticketId) {
        return queries.conversation(ticketId).map(TicketConversation::memberId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        Ticket.NUMBER_PREFIX + ticketId + " is not about a member"));
    }

    /** In {@link TicketChange}'s terms: null keeps the assignee, empty puts the ticket back in the queue. */
    private static Optional<String> assignee(String assignee, Principal principal) {
        if (assignee == null) {
            return null;
        }
        if (assignee.isBlank() || TicketFilter.UNASSIGNED.equalsIgnoreCase(assignee)) {
            return Optional.empty();
        }
        return Optional.of(TicketFilter.ME.equalsIgnoreCase(assignee) ? principal.getName() : assignee.strip());
    }

    private static MessageSourceResolvable notStaff(String name) {
        return new DefaultMessageSourceResolvable(new String[] {"console.ticket.error.notStaff"},
                new Object[] {name});
    }

    private static MessageSourceResolvable statusName(TicketStatus status) {
        return new DefaultMessageSourceResolvable("console.ticket.status." + status.name());
    }

    private static void addChoices(Model model) {
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("categories", TicketCategory.values());
        model.addAttribute("priorities", TicketPriority.values());
    }
}
