package io.switchboard.helpcenter.verify;

import io.switchboard.verify.check.Verdict;
import io.switchboard.verify.check.Verification;
import io.switchboard.verify.check.VerificationWording;
import io.switchboard.verify.check.Verifier;
import io.switchboard.verify.report.Suspect;
import io.switchboard.verify.report.SuspectReports;
import io.switchboard.web.language.SiteLanguage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /verify}: "is this really NovaEx?" for a web address, e-mail address, phone number or account, answered
 * on the page (the same words as the API and the bots), with a button that reports a fake to the moderators. The
 * report is a form post answered with a redirect to the verdict, which then thanks the reporter, so that reloading
 * the page does not report it twice.
 */
@Controller
class VerifyPages {

    static final String PATH = "/verify";
    static final String REPORT_PATH = "/verify/report";
    /** Where reports from this page come from, for the moderators. */
    static final String SOURCE = "verify-page";

    private final Verifier verifier;
    private final VerificationWording wording;
    private final SuspectReports reports;
    private final VerifyLimits limits;

    VerifyPages(Verifier verifier, VerificationWording wording, SuspectReports reports, VerifyLimits limits) {
        this.verifier = verifier;
        this.wording = wording;
        this.reports = reports;
        this.limits = limits;
    }

    /**
     * Without {@code q}, the box alone. A query that is not understood (empty, too long, not text, none of the
     * kinds) is answered with what to type, as a 400.
     *
     * @param reported how many reports the suspect has, after this reader's report (the redirect's mark)
     */
    @GetMapping(PATH)
    String verify(@RequestParam(required = false) String q, @RequestParam(required = false) Integer reported,
            Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
        // not "q": the layout's search box shows that one, and this query is no search
        model.addAttribute("query", q == null ? "" : q);
        model.addAttribute("maxLength", Verifier.MAX_QUERY_LENGTH);
        model.addAttribute("maxEvidence", SuspectReports.MAX_EVIDENCE_LENGTH);
        if (q == null) {
            return "help/verify";
        }
        limits.acquireCheck(request.getRemoteAddr());
        Verification verification = verifier.check(q);
        model.addAttribute("answer", VerificationView.of(verification, wording, SiteLanguage.supported(locale)));
        if (verification.verdict() == Verdict.NOT_UNDERSTOOD) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } else if (reported != null && verification.verdict() == Verdict.NOT_OFFICIAL) {
            model.addAttribute("reported", reported);
        }
        return "help/verify";
    }

    /** Reports what {@code q} is found to be when it is NOT official; otherwise back to its verdict, unreported. */
    @PostMapping(REPORT_PATH)
    String report(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String evidence,
            Principal principal, HttpServletRequest request) {
        Verification verification = verifier.check(q);
        // q as a URI variable, encoded strictly: a '+' left as it is would come back as a space, and +852… as 852…
        UriComponentsBuilder verdict = UriComponentsBuilder.fromPath(PATH).queryParam("q", "{q}");
        if (verification.verdict() == Verdict.NOT_OFFICIAL) {
            limits.acquireReport(request.getRemoteAddr());
            String said = evidence == null || evidence.isBlank() ? null : evidence.strip();
            Suspect suspect = reports.report(verification, said, SOURCE, principal == null ? null : principal.getName());
            verdict.queryParam("reported", suspect.reports());
        }
        return "redirect:" + verdict.encode().buildAndExpand(q).toUriString();
    }

    /** The page with what was wrong and how long to wait, as a 429 with {@code Retry-After}. */
    @ExceptionHandler
    ModelAndView rateLimited(VerifyRateLimited limited, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()));
        ModelAndView page = new ModelAndView("help/verify");
        page.setStatus(HttpStatus.TOO_MANY_REQUESTS);
        String q = request.getParameter("q");
        page.addObject("query", q == null ? "" : q);
        page.addObject("maxLength", Verifier.MAX_QUERY_LENGTH);
        page.addObject("maxEvidence", SuspectReports.MAX_EVIDENCE_LENGTH);
        page.addObject("waitSeconds", limited.retryAfterSeconds());
        return page;
    }
}
