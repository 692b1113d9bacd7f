package io.switchboard.helpcenter.verify;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.verify.check.QueryKind;
import io.switchboard.verify.check.Verdict;
import io.switchboard.verify.check.Verification;
import io.switchboard.verify.check.VerificationWording;
import io.switchboard.verify.check.Verifier;
import io.switchboard.verify.report.Suspect;
import io.switchboard.verify.report.SuspectReports;
import io.switchboard.verify.report.SuspectStatus;
import io.switchboard.web.error.ApiError;
import io.switchboard.web.language.SiteLanguage;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The verification page as a public JSON API, rate limited per client address ({@link VerifyLimits}):
 * <ul>
 * <li>{@code GET /api/verify?q=} answers a {@link VerificationView} in the request's language ({@code ?lang=zh|en},
 * else Accept-Language); a query that is not understood is answered the same way, as a 400.
 * <li>{@code POST /api/verify/reports} {@code {"q": "...", "evidence": "..."}} reports a fake: 201 with the
 * suspect and its report count; 400 for an official channel or a query that is not understood, for a body that
 * is not such JSON or is larger than {@link #MAX_BODY_BYTES}.
 * </ul>
 * Errors are the site's JSON errors; over the limit, 429 with {@code Retry-After}.
 */
@RestController
class VerifyApi {

    static final String PATH = "/api/verify";
    static final String REPORTS_PATH = "/api/verify/reports";
    /** Where reports through the API come from, for the moderators. */
    static final String SOURCE = "api";
    /** The query and the longest evidence, in UTF-8 and JSON escapes, fit with room to spare. */
    static final int MAX_BODY_BYTES = 16 * 1024;

    private static final Set<String> LANGUAGES = Set.of("zh", "en");

    private final Verifier verifier;
    private final VerificationWording wording;
    private final SuspectReports reports;
    private final VerifyLimits limits;
    private final ObjectMapper json;

    VerifyApi(Verifier verifier, VerificationWording wording, SuspectReports reports, VerifyLimits limits,
            ObjectMapper json) {
        this.verifier = verifier;
        this.wording = wording;
        this.reports = reports;
        this.limits = limits;
        this.json = json;
    }

    @GetMapping(PATH)
    ResponseEntity<VerificationView> verify(@RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request) {
        limits.acquireCheck(request.getRemoteAddr());
        Verification verification = verifier.check(q);
        VerificationView view = VerificationView.of(verification, wording, language(lang, locale));
        return verification.verdict() == Verdict.NOT_UNDERSTOOD ? ResponseEntity.badRequest().body(view)
                : ResponseEntity.ok(view);
    }

    @PostMapping(REPORTS_PATH)
    ResponseEntity<Reported> report(HttpServletRequest request, Principal principal) throws IOException {
        limits.acquireReport(request.getRemoteAddr());
        ReportRequest body = read(request);
        if (body == null || body.q() == null || body.q().isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "q is required: what to report");
        }
        if (body.evidence() != null && body.evidence().length() > SuspectReports.MAX_EVIDENCE_LENGTH) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "evidence is longer than " + SuspectReports.MAX_EVIDENCE_LENGTH + " characters");
        }
        Verification verification = verifier.check(body.q());
        if (verification.verdict() != Verdict.NOT_OFFICIAL) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, verification.verdict() == Verdict.OFFICIAL
                    ? "'" + body.q() + "' is an official channel: there is nothing to report"
                    : "'" + body.q() + "' is no web address, e-mail address, phone number or account: "
                            + verification.reasons().get(0).code().name().toLowerCase(Locale.ROOT));
        }
        String evidence = body.evidence() == null || body.evidence().isBlank() ? null : body.evidence().strip();
        Suspect suspect = reports.report(verification, evidence, SOURCE, principal == null ? null : principal.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(Reported.of(suspect));
    }

    /** Over the limit: the site's JSON error, with how long to wait in {@code Retry-After}. */
    @ExceptionHandler
    ResponseEntity<ApiError> rateLimited(VerifyRateLimited limited) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of(HttpStatus.TOO_MANY_REQUESTS, limited.getMessage()));
    }

    /**
     * The body, read no further than {@link #MAX_BODY_BYTES}: anyone may post here, so a huge body is refused
     * before it is held in memory. Broken JSON is described by the site's error handler, as for every API.
     */
    private ReportRequest read(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "the body must be JSON: {\"q\": \"what to report\", \"evidence\": \"optional\"}");
        }
        try {
            return json.readValue(bytes, ReportRequest.class);
        } catch (JacksonException broken) {
            throw new HttpMessageNotReadableException("unreadable report", broken, new ServletServerHttpRequest(request));
        }
    }

    private static ResponseStatusException tooLarge() {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST,
                "the body is larger than " + MAX_BODY_BYTES + " bytes: send the query and at most "
                        + SuspectReports.MAX_EVIDENCE_LENGTH + " characters of evidence");
    }

    /** {@code ?lang=} when it names one of the site's languages, else the request's (Accept-Language). */
    private static Locale language(String lang, Locale locale) {
        return SiteLanguage.supported(lang != null && LANGUAGES.contains(lang) ? Locale.forLanguageTag(lang) : locale);
    }

    /** @param evidence what the reporter received or where they saw it; optional */
    record ReportRequest(String q, String evidence) {
    }

    /** The reported thing and how often it has been reported, this report included. */
    record Reported(long id, QueryKind kind, String value, int reports, SuspectStatus status) {

        static Reported of(Suspect suspect) {
            return new Reported(suspect.id(), suspect.kind(), suspect.value(), suspect.reports(), suspect.status());
        }
    }
}
