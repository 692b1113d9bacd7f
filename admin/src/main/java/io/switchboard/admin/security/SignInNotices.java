package io.switchboard.admin.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.account.Account;
import io.switchboard.core.audit.AuditQuery;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.audit.StaffAuditEntry;
import io.switchboard.web.signin.SignInAudit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Tells a staff member who signs in to the console about the failed sign-ins to their account since
 * their last sign-in, read from the audit log ({@link SignInAudit} writes both), so that it holds
 * across restarts and instances. The first console page they see shows it ({@code failedSignIns} in
 * the model), once.
 */
@Component
class SignInNotices implements WebMvcConfigurer {

    static final String MODEL = "failedSignIns";
    private static final String SESSION = SignInNotices.class.getName();
    /** Enough lines to name the addresses of a burst; the count is the log's own. */
    private static final int READ = 200;

    private final StaffAudit audit;
    private final ObjectMapper json;

    SignInNotices(StaffAudit audit, ObjectMapper json) {
        this.audit = audit;
        this.json = json;
    }

    /** Lands where the console's sign-in was going (or {@code defaultUrl}), with the notice in the session. */
    AuthenticationSuccessHandler landingOn(String defaultUrl) {
        SavedRequestAwareAuthenticationSuccessHandler landing = new SavedRequestAwareAuthenticationSuccessHandler();
        landing.setDefaultTargetUrl(defaultUrl);
        return (request, response, authentication) -> {
            failedSinceLastSignIn(authentication.getName())
                    .ifPresent(notice -> request.getSession().setAttribute(SESSION, notice));
            landing.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /**
     * The failures between the sign-in before this one and this one, which {@link SignInAudit} has
     * just logged (it hears of a sign-in before the console lands): the newest line is this sign-in.
     */
    Optional<FailedSignIns> failedSinceLastSignIn(String username) {
        String name = Account.normalize(username);
        List<StaffAuditEntry> signIns = audit.search(
                new AuditQuery(null, SignInAudit.SIGNED_IN, "account", name, null, null), 0, 2).getContent();
        if (signIns.isEmpty()) {
            return Optional.empty();
        }
        Instant previous = signIns.size() > 1 ? signIns.get(1).getAt() : null;
        Page<StaffAuditEntry> failures = audit.search(
                new AuditQuery(null, SignInAudit.FAILED, "account", name, previous, signIns.get(0).getAt()), 0, READ);
        if (failures.isEmpty()) {
            return Optional.empty();
        }
        Set<String> addresses = new LinkedHashSet<>();
        failures.forEach(failure -> from(failure).ifPresent(addresses::add));
        List<String> shown = addresses.stream().limit(FailedSignIns.SHOWN).toList();
        return Optional.of(new FailedSignIns(failures.getTotalElements(), shown, addresses.size() - shown.size()));
    }

    private Optional<String> from(StaffAuditEntry failure) {
        if (failure.getAfter() == null) {
            return Optional.empty();
        }
        try {
            JsonNode from = json.readTree(failure.getAfter()).path("from");
            return from.isTextual() ? Optional.of(from.asText()) : Optional.empty();
        } catch (JsonProcessingException unreadable) {
            return Optional.empty();
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            /** On the first page rendered after the sign-in: not a redirect, not a JSON answer. */
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                    ModelAndView page) {
                HttpSession session = request.getSession(false);
                if (page == null || session == null || session.getAttribute(SESSION) == null
                        || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
                    return;
                }
                page.addObject(MODEL, session.getAttribute(SESSION));
                session.removeAttribute(SESSION);
            }
        }).addPathPatterns("/console/**");
    }
}
