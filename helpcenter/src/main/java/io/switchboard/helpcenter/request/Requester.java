package io.switchboard.helpcenter.request;

import io.switchboard.core.account.Account;
import io.switchboard.core.inbound.Author;

/**
 * Who files or writes: a signed-in member's account, or a visitor known by the e-mail address they gave.
 *
 * @param account the member's account, or null for a visitor
 * @param email the visitor's address, or null for a member
 * @param language the site's language while they wrote ({@code zh}, {@code en})
 */
record Requester(Account account, String email, String language) {

    static Requester member(Account account, String language) {
        return new Requester(account, null, language);
    }

    static Requester visitor(String email, String language) {
        return new Requester(null, email, language);
    }

    boolean isVisitor() {
        return account == null;
    }

    /** The author of their messages in the pipeline: the account, or {@code visitor:<email>}. */
    Author author() {
        return isVisitor() ? new Author(HelpRequest.visitorId(email), email, null, language)
                : new Author(account.getId().toString(), account.getDisplayName(), account.getUsername(), language);
    }

    /** Who uploaded their files, for staff. */
    String name() {
        return isVisitor() ? email : account.getUsername();
    }
}
