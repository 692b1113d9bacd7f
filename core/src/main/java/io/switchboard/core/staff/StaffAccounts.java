package io.switchboard.core.staff;

import io.switchboard.core.account.Account;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.audit.AuditTarget;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.ticket.Agents;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins manage staff accounts here, in core's one account store: create them, change their role,
 * disable or enable them, reset their password. An agent account is an agent at once (every
 * category, {@link Agents#DEFAULT_CAPACITY} tickets; {@code /api/agents} changes that). Nobody can
 * disable or demote themselves, and the last enabled admin stays one, so someone can always run
 * the installation. Every change is a line of the staff audit log; a password never is, hashed or not.
 */
@Service
@Transactional
public class StaffAccounts {

    private final Accounts accounts;
    private final Agents agents;
    private final StaffAudit audit;

    StaffAccounts(Accounts accounts, Agents agents, StaffAudit audit) {
        this.accounts = accounts;
        this.agents = agents;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Account> list() {
        return accounts.staff();
    }

    /** @throws io.switchboard.core.account.UsernameTakenException when the name is taken, whatever its case */
    public Account create(String actor, String username, String displayName, AccountRole role, String passwordHash) {
        Account account = accounts.createStaff(username, displayName, role, passwordHash);
        audit.record(actor, "account.create", target(account), null, StaffAudit.state("displayName",
                account.getDisplayName(), "role", account.getRole(), "enabled", account.isEnabled()));
        if (role == AccountRole.AGENT) {
            agents.ensureAgent(actor, account.getUsername());
        }
        return account;
    }

    /**
     * @throws StaffAccountNotFoundException when there is no such staff account
     * @throws StaffChangeRefusedException when the actor would disable or demote themselves, or the
     *     last enabled admin would stop being one
     */
    public Account change(String actor, String username, StaffChange change) {
        Account account = accounts.find(username).filter(found -> found.getRole().isStaff() && !found.isBot())
                .orElseThrow(() -> new StaffAccountNotFoundException(username));
        boolean self = account.getUsername().equals(Account.normalize(actor));
        if (change.role() != null && change.role() != account.getRole()) {
            if (self) {
                throw new StaffChangeRefusedException(StaffChangeRefusedException.Reason.OWN_ROLE,
                        "you cannot change your own role: ask another admin");
            }
            keepAnAdmin(account, "change the role of");
            audit.record(actor, "account.role", target(account), StaffAudit.state("role", account.getRole()),
                    StaffAudit.state("role", change.role()));
            account.changeRole(change.role());
            if (change.role() == AccountRole.AGENT && account.isEnabled()) {
                agents.ensureAgent(actor, account.getUsername());
            }
        }
        if (change.enabled() != null && change.enabled() != account.isEnabled()) {
            if (!change.enabled()) {
                if (self) {
                    throw new StaffChangeRefusedException(StaffChangeRefusedException.Reason.OWN_ACCOUNT,
                            "you cannot disable your own account: ask another admin");
                }
                keepAnAdmin(account, "disable");
            }
            audit.record(actor, change.enabled() ? "account.enable" : "account.disable", target(account),
                    StaffAudit.state("enabled", account.isEnabled()), StaffAudit.state("enabled", change.enabled()));
            account.setEnabled(change.enabled());
            if (!change.enabled()) {
                // Tickets must not wait on someone who can no longer sign in.
                agents.takeOffline(actor, account.getUsername());
            }
        }
        if (change.passwordHash() != null) {
            account.changePassword(change.passwordHash());
            audit.record(actor, "account.password", target(account), "password reset", null, null);
        }
        return account;
    }

    private void keepAnAdmin(Account account, String what) {
        if (account.getRole() == AccountRole.ADMIN && account.isEnabled() && accounts.lockEnabledAdmins() <= 1) {
            throw new StaffChangeRefusedException(StaffChangeRefusedException.Reason.LAST_ADMIN,
                    "cannot " + what + " '" + account.getUsername() + "': it is the last enabled admin account");
        }
    }

    private static AuditTarget target(Account account) {
        return AuditTarget.of("account", account.getUsername());
    }
}
