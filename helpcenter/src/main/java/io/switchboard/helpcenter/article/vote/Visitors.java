package io.switchboard.helpcenter.article.vote;

import io.switchboard.core.account.Account;
import io.switchboard.core.account.Accounts;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Who votes: a signed-in member by their account, anyone else by a random id the help center gives them
 * in a cookie on their first vote. Never by network address: many readers share one, and it is personal
 * data the votes have no need of.
 */
@Component
class Visitors {

    static final String COOKIE = "help_visitor";
    private static final Pattern RANDOM_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Duration REMEMBERED = Duration.ofDays(365);

    private final Accounts accounts;

    Visitors(Accounts accounts) {
        this.accounts = accounts;
    }

    /**
     * {@code account:42} for a member, else {@code visitor:<uuid>} from the cookie, which is set when the
     * request has none (or one the help center did not make).
     */
    String identify(HttpServletRequest request, HttpServletResponse response, Principal principal) {
        Optional<Long> account = Optional.ofNullable(principal).flatMap(p -> accounts.find(p.getName()))
                .map(Account::getId);
        if (account.isPresent()) {
            return "account:" + account.get();
        }
        String id = cookie(request).orElseGet(() -> {
            String fresh = UUID.randomUUID().toString();
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, fresh)
                    .path("/").httpOnly(true).sameSite("Lax").secure(request.isSecure()).maxAge(REMEMBERED)
                    .build().toString());
            return fresh;
        });
        return "visitor:" + id;
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()) && RANDOM_ID.matcher(cookie.getValue()).matches())
                .map(Cookie::getValue)
                .findFirst();
    }
}
