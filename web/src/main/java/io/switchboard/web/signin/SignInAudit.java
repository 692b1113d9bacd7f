package io.switchboard.web.signin;

import io.switchboard.core.account.Account;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.audit.AuditTarget;
import io.switchboard.core.audit.StaffAudit;
import java.util.regex.Pattern;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Sign-ins and failed sign-ins in the staff audit log: a staff account's sign-in with a form (forum,
 * console) that starts a session, and every refused one, by form or HTTP Basic, with why it was
 * refused and where from, unless the name is a forum member's (their typos are not the staff's
 * business; a name that is nobody's is someone probing). A script's request that signs in with
 * Basic is not a sign-in worth a line each.
 */
@Component
public class SignInAudit {

    /** The audit log's actions for a sign-in and a failed one: the console reads them back to tell staff. */
    public static final String SIGNED_IN = "sign-in.succeeded";
    public static final String FAILED = "sign-in.failed";

    /** What someone typed as a user name goes into the log as it is only when it could be one. */
    private static final Pattern PLAUSIBLE_NAME = Pattern.compile("[a-z0-9_.@-]{1,64}");
    private static final String NOT_A_NAME = "(not a user name)";

    private final StaffAudit audit;
    private final Accounts accounts;

    SignInAudit(StaffAudit audit, Accounts accounts) {
        this.audit = audit;
        this.accounts = accounts;
    }

    /** The name as typed, normalized, when it could be a user name; a placeholder otherwise. */
    static String loggable(String typed) {
        String name = Account.normalize(typed);
        return PLAUSIBLE_NAME.matcher(name).matches() ? name : NOT_A_NAME;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        if (accounts.findStaff(authentication.getName()).isEmpty()) {
            return;
        }
        audit.record(authentication.getName(), SIGNED_IN, AuditTarget.of("account", authentication.getName()), null,
                StaffAudit.state("from", remoteAddress(authentication)));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        if (accounts.find(attempt.getName()).filter(account -> !account.getRole().isStaff()).isPresent()) {
            return;
        }
        String name = loggable(attempt.getName());
        audit.record(name, FAILED, AuditTarget.of("account", name), why(event), null,
                StaffAudit.state("from", remoteAddress(attempt)));
    }

    private static String why(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            return "wrong user name or password";
        }
        if (event.getException() instanceof SignInRefused refused) {
            return refused.getMessage();
        }
        if (event instanceof AuthenticationFailureLockedEvent) {
            return "account locked (banned)";
        }
        if (event instanceof AuthenticationFailureDisabledEvent) {
            return "account disabled";
        }
        return event.getException().getClass().getSimpleName();
    }

    private static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : null;
    }
}
