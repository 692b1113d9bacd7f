package io.switchboard.helpcenter.article.vote;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/help/articles/{key}/vote} {@code {"helpful": true}}: the article page's buttons, by
 * script (with the page's CSRF token). Errors are the site's JSON errors: 400 for a body that is not
 * {@code {"helpful": true|false}}, 404 for an unknown article or a draft, 429 for an address that sent too
 * many votes ({@link VoteRateLimit}).
 */
@RestController
class VoteApi {

    private final Voting voting;
    private final Visitors visitors;

    VoteApi(Voting voting, Visitors visitors) {
        this.voting = voting;
        this.visitors = visitors;
    }

    @PostMapping("/api/help/articles/{key}/vote")
    Vote vote(@PathVariable String key, @Valid @RequestBody VoteRequest vote, Principal principal,
            HttpServletRequest request, HttpServletResponse response) {
        voting.vote(key, () -> visitors.identify(request, response, principal), vote.helpful(),
                request.getRemoteAddr());
        return new Vote(key, vote.helpful());
    }

    record VoteRequest(@NotNull Boolean helpful) {
    }

    /** What was recorded. */
    record Vote(String article, boolean helpful) {
    }
}
