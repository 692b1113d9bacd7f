package io.switchboard.helpcenter.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.switchboard.core.announcement.AnnouncementChanged;
import io.switchboard.core.knowledge.ArticleChanged;
import io.switchboard.web.language.SiteLanguage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The help center's public pages as anonymous readers get them, each rendered once per address and
 * language and kept until an article or announcement changes: most readers of a help center are not signed
 * in, and rendering the page around an article cost several times serving a file. Pages that show what
 * turns live or expires by the clock (the home page's announcements, searches) are kept half a minute at
 * most. A request with a session (a signed-in member, whose page names them) or with credentials is never
 * served from here nor stored.
 *
 * <p>An article page carries the reader's own CSRF token for "was this helpful?": it is kept with a mark
 * in its place and each reader's token is written in when the page is served (a first visit's token, and
 * its cookie, made then). A page whose rendering set any cookie but the language and the token is not
 * kept; nor is a search that found nothing, which must count as a miss every time ({@link #NOT_KEPT}).
 */
@Component
public class AnonymousPages extends OncePerRequestFilter {

    /** A request attribute: the page rendered for this request must not be kept. */
    public static final String NOT_KEPT = AnonymousPages.class.getName() + ".notKept";

    /** Where the reader's CSRF token goes in a kept page: a character no page text contains. */
    private static final String TOKEN_MARK = "\u0000csrf\u0000";
    private static final long MOST_BYTES = 32L * 1024 * 1024;
    private static final Duration CLOCK_BOUND = Duration.ofSeconds(30);
    private static final Set<String> COOKIES_KEPT_PAGES_MAY_SET = Set.of(SiteLanguage.COOKIE,
            HelpSecurityConfiguration.CSRF_COOKIE);
    private static final Set<String> LANGUAGES = Set.of("zh", "en");

    /** A kept page: its HTML and whether a reader's token is written into it. */
    private record Page(String contentType, String html, boolean carriesToken) {
    }

    private final Cache<String, Page> pages = Caffeine.newBuilder()
            .maximumWeight(MOST_BYTES).weigher((String key, Page page) -> page.html().length() * 2)
            .expireAfter(Expiry.creating((String key, Page page) -> page.carriesToken()
                    ? ChronoUnit.FOREVER.getDuration() : CLOCK_BOUND))
            .build();
    private final LocaleResolver locales;

    AnonymousPages(LocaleResolver locales) {
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean publicPage = path.equals("/help") || path.startsWith("/help/categories/")
                || path.startsWith("/help/articles/") && !path.endsWith("/vote") || path.equals("/help/search");
        return !publicPage || !"GET".equals(request.getMethod()) || request.getRequestedSessionId() != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null || signedIn();
    }

    /** Runs after the site's security chains, which put who is asking in the context (anonymous or nobody). */
    private static boolean signedIn() {
        Authentication asking = SecurityContextHolder.getContext().getAuthentication();
        return asking != null && asking.isAuthenticated() && !(asking instanceof AnonymousAuthenticationToken);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Locale language = language(request);
        String key = request.getRequestURI() + '?' + request.getQueryString() + '|' + language.getLanguage();
        Page kept = pages.getIfPresent(key);
        if (kept != null) {
            serve(kept, language, request, response);
            return;
        }
        ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendered);
        keep(key, request, rendered);
        rendered.copyBodyToResponse();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleChanged change) {
        pages.invalidateAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AnnouncementChanged change) {
        pages.invalidateAll();
    }

    /** The page's language: {@code ?lang=} when it names one, else the reader's as the site resolves it. */
    private Locale language(HttpServletRequest request) {
        String chosen = request.getParameter("lang");
        return chosen != null && LANGUAGES.contains(chosen) ? SiteLanguage.supported(Locale.forLanguageTag(chosen))
                : SiteLanguage.supported(locales.resolveLocale(request));
    }

    private void serve(Page page, Locale language, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (request.getParameter("lang") != null) {
            // what the site's language interceptor does for a rendered page: the choice is remembered
            locales.setLocale(request, response, language);
        }
        response.setLocale(language);
        response.setContentType(page.contentType());
        String html = page.html();
        if (page.carriesToken()) {
            CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            html = html.replace(TOKEN_MARK, token.getToken());
        }
        response.getWriter().write(html);
    }

    private void keep(String key, HttpServletRequest request, ContentCachingResponseWrapper rendered) {
        boolean setOnlyTheLanguageAndToken = rendered.getHeaders(HttpHeaders.SET_COOKIE).stream()
                .allMatch(cookie -> COOKIES_KEPT_PAGES_MAY_SET.contains(cookie.substring(0, cookie.indexOf('='))));
        String type = rendered.getContentType();
        if (rendered.getStatus() != HttpStatus.OK.value() || request.getAttribute(NOT_KEPT) != null
                || !setOnlyTheLanguageAndToken || type == null || !type.startsWith("text/html")) {
            return;
        }
        String html = new String(rendered.getContentAsByteArray(), StandardCharsets.UTF_8);
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        // the token was read already if the page carries it: reading it now would not create one
        boolean carriesToken = token != null && request.getRequestURI().contains("/help/articles/")
                && html.contains(token.getToken());
        pages.put(key, new Page(type, carriesToken ? html.replace(token.getToken(), TOKEN_MARK) : html,
                carriesToken));
    }
}
