package io.switchboard.admin.staff;

import io.switchboard.core.account.UsernameTakenException;
import io.switchboard.core.staff.StaffAccountNotFoundException;
import io.switchboard.core.staff.StaffAccounts;
import io.switchboard.core.staff.StaffChange;
import io.switchboard.core.staff.StaffChangeRefusedException;
import java.security.Principal;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /console/admin/staff}: admins list staff accounts, create them, change their role, disable
 * or enable them and reset their password (the security chain keeps others out). Every form posts
 * with its CSRF token and comes back to the list, saying what happened or why it did not.
 */
@Controller
@RequestMapping("/console/admin/staff")
class StaffPages {

    private static final String LIST = "redirect:/console/admin/staff";

    private final StaffAccounts staff;
    private final StaffInput input;

    StaffPages(StaffAccounts staff, StaffInput input) {
        this.staff = staff;
        this.input = input;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", staff.list().stream().map(StaffController.StaffView::of).toList());
        model.addAttribute("roles", StaffInput.ROLES);
        return "console/staff";
    }

    @PostMapping
    String create(@RequestParam(required = false) String username, @RequestParam(required = false) String displayName,
            @RequestParam(required = false) String role, @RequestParam(required = false) String password,
            Principal admin, RedirectAttributes result) {
        return act(result, "created", () -> {
            String name = input.username(username);
            return staff.create(admin.getName(), name, input.displayName(displayName, name), input.role(role),
                    input.passwordHash(password)).getUsername();
        });
    }

    @PostMapping("/{username}/role")
    String changeRole(@PathVariable String username, @RequestParam(required = false) String role, Principal admin,
            RedirectAttributes result) {
        return act(result, "roleChanged", () -> staff.change(admin.getName(), username,
                StaffChange.role(input.role(role))).getUsername());
    }

    @PostMapping("/{username}/enabled")
    String changeEnabled(@PathVariable String username, @RequestParam boolean enabled, Principal admin,
            RedirectAttributes result) {
        return act(result, enabled ? "enabled" : "disabled", () -> staff.change(admin.getName(), username,
                StaffChange.enabled(enabled)).getUsername());
    }

    @PostMapping("/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam(required = false) String password,
            Principal admin, RedirectAttributes result) {
        return act(result, "passwordReset", () -> staff.change(admin.getName(), username,
                StaffChange.password(input.passwordHash(password))).getUsername());
    }

    /**
     * Runs one change and tells the list what came of it: {@code console.staff.done.<done>} with the
     * account's name, or the reason it was refused, in the reader's language.
     */
    private static String act(RedirectAttributes result, String done, Supplier<String> change) {
        try {
            String username = change.get();
            result.addFlashAttribute("done", "console.staff.done." + done);
            result.addFlashAttribute("account", username);
        } catch (StaffInput.Invalid e) {
            result.addFlashAttribute("problem", "console.staff.error." + e.code());
        } catch (StaffChangeRefusedException e) {
            result.addFlashAttribute("problem", "console.staff.refused."
                    + e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        } catch (UsernameTakenException e) {
            result.addFlashAttribute("problem", "console.staff.error.taken");
        } catch (StaffAccountNotFoundException e) {
            result.addFlashAttribute("problem", "console.staff.error.not-found");
        }
        return LIST;
    }
}
