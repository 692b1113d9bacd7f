package io.switchboard.admin.staff;

import io.switchboard.core.account.Account;
import io.switchboard.core.staff.StaffAccounts;
import io.switchboard.core.staff.StaffChange;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/staff}, for admins (the security chain checks the role): the staff accounts, new ones,
 * and changes of role, enabled state and password. Passwords are never echoed; 409 for a change
 * that would leave nobody to run the installation.
 */
@RestController
@RequestMapping("/api/staff")
class StaffController {

    private final StaffAccounts staff;
    private final StaffInput input;

    StaffController(StaffAccounts staff, StaffInput input) {
        this.staff = staff;
        this.input = input;
    }

    @GetMapping
    List<StaffView> list() {
        return staff.list().stream().map(StaffView::of).toList();
    }

    @PostMapping
    ResponseEntity<StaffView> create(@RequestBody NewStaff request, Principal admin) {
        String name = input.username(request.username());
        Account created = staff.create(admin.getName(), name, input.displayName(request.displayName(), name),
                input.role(request.role()), input.passwordHash(request.password()));
        return ResponseEntity.created(URI.create("/api/staff/" + created.getUsername())).body(StaffView.of(created));
    }

    @PatchMapping("/{username}")
    StaffView change(@PathVariable String username, @RequestBody Patch patch, Principal admin) {
        if (patch.role() == null && patch.enabled() == null && patch.password() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "nothing to change: give role, enabled or password");
        }
        StaffChange change = new StaffChange(patch.role() == null ? null : input.role(patch.role()), patch.enabled(),
                patch.password() == null ? null : input.passwordHash(patch.password()));
        return StaffView.of(staff.change(admin.getName(), username, change));
    }

    /** {@code {"username": "dana", "displayName": "Dana", "role": "agent", "password": "..."}} */
    record NewStaff(String username, String displayName, String role, String password) {
    }

    /** {@code {"role": "moderator", "enabled": false, "password": "..."}}: the fields given change. */
    record Patch(String role, Boolean enabled, String password) {
    }

    /** A staff account as admins see it; never its password hash. */
    record StaffView(String username, String displayName, String role, boolean enabled, Instant createdAt) {

        static StaffView of(Account account) {
            return new StaffView(account.getUsername(), account.getDisplayName(),
                    account.getRole().name().toLowerCase(Locale.ROOT), account.isEnabled(), account.getCreatedAt());
        }
    }
}
