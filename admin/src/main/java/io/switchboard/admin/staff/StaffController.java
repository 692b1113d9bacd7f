package io.switchboard.admin.staff;

import io.switchboard.admin.api.InvalidFieldException;
import io.switchboard.admin.security.StaffPasswords;
import io.switchboard.admin.security.StaffRole;
import io.switchboard.core.account.Account;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.staff.StaffAccounts;
import io.switchboard.core.staff.StaffChange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
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
 * and changes of role, enabled state and password. Passwords are hashed here, where the encoder
 * is, and never echoed; 409 for a change that would leave nobody to run the installation.
 */
@RestController
@RequestMapping("/api/staff")
class StaffController {

    static final String USERNAME_PATTERN = "[A-Za-z0-9_-]{3,32}";

    private final StaffAccounts staff;
    private final PasswordEncoder encoder;

    StaffController(StaffAccounts staff, PasswordEncoder encoder) {
        this.staff = staff;
        this.encoder = encoder;
    }

    @GetMapping
    List<StaffView> list() {
        return staff.list().stream().map(StaffView::of).toList();
    }

    @PostMapping
    ResponseEntity<StaffView> create(@Valid @RequestBody NewStaff request, Principal admin) {
        AccountRole role = role(request.role());
        String password = password(request.password());
        String name = request.username().strip();
        String shown = request.displayName() == null || request.displayName().isBlank() ? name
                : request.displayName().strip();
        Account created = staff.create(admin.getName(), name, shown, role, password);
        return ResponseEntity.created(URI.create("/api/staff/" + created.getUsername())).body(StaffView.of(created));
    }

    @PatchMapping("/{username}")
    StaffView change(@PathVariable String username, @RequestBody Patch patch, Principal admin) {
        StaffChange change = new StaffChange(patch.role() == null ? null : role(patch.role()), patch.enabled(),
                patch.password() == null ? null : password(patch.password()));
        if (change.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "nothing to change: give role, enabled or password");
        }
        return StaffView.of(staff.change(admin.getName(), username, change));
    }

    private static AccountRole role(String text) {
        List<String> allowed = Arrays.stream(StaffRole.values()).map(role -> role.name().toLowerCase(Locale.ROOT))
                .toList();
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(wanted)) {
            throw invalid("role", "must be one of " + String.join(", ", allowed));
        }
        return AccountRole.valueOf(wanted.toUpperCase(Locale.ROOT));
    }

    private String password(String password) {
        StaffPasswords.problem(password).ifPresent(problem -> {
            throw invalid("password", problem);
        });
        return encoder.encode(password);
    }

    private static InvalidFieldException invalid(String field, String message) {
        return new InvalidFieldException(field, message);
    }

    /** {@code {"username": "dana", "displayName": "Dana", "role": "agent", "password": "..."}} */
    record NewStaff(
            @NotBlank @Pattern(regexp = USERNAME_PATTERN, message = "must be 3 to 32 letters, digits, _ or -")
            String username,
            @Size(max = 64) String displayName,
            @NotBlank String role,
            @NotBlank String password) {
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
