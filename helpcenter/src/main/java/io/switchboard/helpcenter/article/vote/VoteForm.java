package io.switchboard.helpcenter.article.vote;

import io.switchboard.core.knowledge.ArticleNotFoundException;
import io.switchboard.helpcenter.web.HelpErrorPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The same vote as {@link VoteApi} from the article page's plain form, for a browser without script: back
 * to the article, which thanks the reader (and, after a "no", offers the request form). An unknown article
 * or a draft is the help center's 404 page, too many votes from one address its 429 page.
 */
@Controller
class VoteForm {

    private final Voting voting;
    private final Visitors visitors;

    VoteForm(Voting voting, Visitors visitors) {
        this.voting = voting;
        this.visitors = visitors;
    }

    @PostMapping("/help/articles/{key}/vote")
    ModelAndView vote(@PathVariable String key, @RequestParam boolean helpful, Principal principal,
            HttpServletRequest request, HttpServletResponse response) {
        try {
            voting.vote(key, () -> visitors.identify(request, response, principal), helpful, request.getRemoteAddr());
        } catch (ArticleNotFoundException unknown) {
            return HelpErrorPage.view(HttpStatus.NOT_FOUND);
        } catch (ResponseStatusException refused) {
            return HelpErrorPage.view(HttpStatus.valueOf(refused.getStatusCode().value()));
        }
        return new ModelAndView("redirect:/help/articles/" + key + "?voted=" + (helpful ? "yes" : "no") + "#vote");
    }
}
