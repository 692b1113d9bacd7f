package io.switchboard.helpcenter.request;

import io.switchboard.core.account.Account;
import io.switchboard.core.account.Accounts;
import java.security.Principal;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may open a request's page: the member whose account filed it, or whoever holds the visitor's signed
 * tracking link. Anyone else learns only that there is no such request.
 */
@Component
class RequestAccess {

    private final HelpRequests requests;
    private final Accounts accounts;
    private final TrackingLinks links;

    RequestAccess(HelpRequests requests, Accounts accounts, TrackingLinks links) {
        this.requests = requests;
        this.accounts = accounts;
        this.links = links;
    }

    /** The signed-in member as the one who files or writes. */
    Requester member(Principal principal) {
        Account account = accounts.find(principal.getName()).orElseThrow(
                () -> new IllegalStateException("signed in without an account: " + principal.getName()));
        return Requester.member(account, language());
    }

    /** @throws RequestNotFound when there is no such request or it is not the member's */
    OwnedRequest ofMember(long id, Principal principal) {
        Requester member = member(principal);
        HelpRequest request = requests.find(id)
                .filter(found -> Objects.equals(found.accountId(), member.account().getId()))
                .orElseThrow(() -> new RequestNotFound(id));
        return new OwnedRequest(request, member, MyRequestPaths.page(id));
    }

    /** @throws TrackingLinkRefused when the link was not made here or has expired */
    OwnedRequest ofTrackingLink(String token) {
        long id = links.requestOf(token);
        HelpRequest request = requests.find(id).filter(HelpRequest::isVisitors)
                .orElseThrow(() -> new TrackingLinkRefused(TrackingLinkRefused.Kind.INVALID));
        return new OwnedRequest(request, Requester.visitor(request.email(), language()), TrackingLinks.PATH + token);
    }

    /** The site's language for this request ({@code zh}, {@code en}): what the person reads and writes in. */
    static String language() {
        String language = LocaleContextHolder.getLocale().getLanguage();
        return language.isEmpty() ? Locale.ENGLISH.getLanguage() : language;
    }
}
