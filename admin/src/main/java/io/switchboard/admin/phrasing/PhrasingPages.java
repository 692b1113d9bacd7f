package io.switchboard.admin.phrasing;

import io.switchboard.admin.api.PageQuery;
import io.switchboard.admin.web.ConsoleMessages;
import io.switchboard.admin.web.ConsolePages;
import io.switchboard.admin.web.Pager;
import io.switchboard.core.knowledge.ArticleNotFoundException;
import io.switchboard.core.phrasing.PhrasingProposal;
import io.switchboard.core.phrasing.PhrasingProposals;
import io.switchboard.core.phrasing.ProposalDecidedException;
import io.switchboard.core.phrasing.ProposalNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.function.Supplier;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's review of proposed phrasings (moderators and admins): each member's question with
 * the article an agent answered it with, its ticket and who answered, to approve as it is or edited,
 * or to reject. The same service as {@code /api/kb/phrasings}, so both are audited alike.
 */
@Controller
@RequestMapping("/console/phrasings")
class PhrasingPages {

    private static final String LIST = "redirect:/console/phrasings";

    private final PhrasingProposals proposals;
    private final ProposalViews views;
    private final ConsoleMessages messages;

    PhrasingPages(PhrasingProposals proposals, ProposalViews views, ConsoleMessages messages) {
        this.proposals = proposals;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping
    String pending(@Valid PageQuery paging, HttpServletRequest request, Model model) {
        Page<ProposalView> page = views.page(proposals.pending(paging.pageable(Sort.unsorted())));
        model.addAttribute("proposals", page);
        model.addAttribute("pager", Pager.of(page, request));
        return "console/phrasings";
    }

    /** @param text the phrasing as the manager left it in the form's box */
    @PostMapping("/{id}/approve")
    ModelAndView approve(@PathVariable long id, @RequestParam(required = false) String text, Principal staff,
            RedirectAttributes redirect) {
        return decide(() -> proposals.approve(id, text, staff.getName()), "console.phrasings.approved", redirect);
    }

    @PostMapping("/{id}/reject")
    ModelAndView reject(@PathVariable long id, Principal staff, RedirectAttributes redirect) {
        return decide(() -> proposals.reject(id, staff.getName()), "console.phrasings.rejected", redirect);
    }

    /** Back to the list with what was done, or why not; the console's 404 page for an id that does not exist. */
    private ModelAndView decide(Supplier<PhrasingProposal> decision, String done, RedirectAttributes redirect) {
        try {
            PhrasingProposal proposal = decision.get();
            redirect.addFlashAttribute(ConsoleMessages.NOTICE, messages.text(done, proposal.getArticleKey()));
        } catch (ProposalNotFoundException unknown) {
            return ConsolePages.notFound();
        } catch (ProposalDecidedException decided) {
            redirect.addFlashAttribute(ConsoleMessages.ERROR, messages.text("console.phrasings.decided"));
        } catch (ArticleNotFoundException deleted) {
            redirect.addFlashAttribute(ConsoleMessages.ERROR, messages.text("console.phrasings.articleGone"));
        } catch (IllegalArgumentException emptyEdit) {
            redirect.addFlashAttribute(ConsoleMessages.ERROR, messages.text("console.phrasings.empty"));
        }
        return new ModelAndView(LIST);
    }
}
