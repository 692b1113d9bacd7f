package io.switchboard.admin.ticket;

import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.ticket.AgentNotFoundException;
import io.switchboard.core.ticket.AgentStatus;
import io.switchboard.core.ticket.Agents;
import io.switchboard.core.ticket.TicketCategory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's agents page. Every staff member sees their own presence and load and goes online or
 * offline (going offline hands their tickets back to the queue); admins and moderators also see every
 * agent and set who handles which categories, and how many tickets at once.
 */
@Controller
@RequestMapping("/console/agents")
class AgentPages {

    private static final String PAGE = "console/agents";
    private static final String BACK = "redirect:/console/agents";

    private final Agents agents;
    private final Accounts accounts;
    private final MessageSource messages;

    AgentPages(Agents agents, Accounts accounts, MessageSource messages) {
        this.agents = agents;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping
    String page(Principal principal, HttpServletRequest request, Model model) {
        List<AgentStatus> all = agents.list();
        model.addAttribute("me", all.stream().filter(agent -> agent.username().equals(principal.getName()))
                .findFirst().orElse(null));
        if (managesAgents(request)) {
            model.addAttribute("agents", all);
            model.addAttribute("candidates", candidates(all));
        }
        model.addAttribute("categories", TicketCategory.values());
        model.addAttribute("maxCapacity", AgentController.MAX_CAPACITY);
        return PAGE;
    }

    /** The signed-in staff member goes online ({@code online=true}) or offline. */
    @PostMapping("/me")
    String presence(@RequestParam boolean online, Principal principal, HttpServletRequest request, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (online) {
                agents.online(principal.getName(), principal.getName());
            } else {
                agents.offline(principal.getName(), principal.getName());
            }
        } catch (AgentNotFoundException noProfile) {
            return refused("console.agents.error.noProfile", principal.getName(), principal, request, model,
                    response);
        }
        redirect.addFlashAttribute("saved", true);
        return BACK;
    }

    /** Sets an agent's skills and capacity; the first time makes a staff member an agent. */
    @PostMapping
    String configure(@RequestParam String username, @RequestParam(required = false) Set<TicketCategory> skills,
            @RequestParam(required = false) Integer capacity, Principal principal, HttpServletRequest request,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!managesAgents(request)) {
            throw new AccessDeniedException("only admins and moderators set agents' skills");
        }
        if (capacity == null || capacity < 1 || capacity > AgentController.MAX_CAPACITY) {
            return refused("console.agents.error.capacity", AgentController.MAX_CAPACITY, principal, request, model,
                    response);
        }
        try {
            agents.configure(principal.getName(), username, skills == null || skills.isEmpty() ? EnumSet.noneOf(TicketCategory.class)
                    : EnumSet.copyOf(skills), capacity);
        } catch (AgentNotFoundException notStaff) {
            return refused("console.agents.error.notStaff", username, principal, request, model, response);
        }
        redirect.addFlashAttribute("saved", true);
        return BACK;
    }

    private String refused(String key, Object argument, Principal principal, HttpServletRequest request, Model model,
            HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("error", messages.getMessage(key, new Object[] {String.valueOf(argument)},
                LocaleContextHolder.getLocale()));
        return page(principal, request, model);
    }

    /** Staff who could become agents: everyone with a staff role who has no agent profile yet. */
    private List<String> candidates(List<AgentStatus> all) {
        Set<String> profiled = all.stream().map(AgentStatus::username).collect(Collectors.toSet());
        return accounts.staffUsernames().stream().filter(name -> !profiled.contains(name)).toList();
    }

    private static boolean managesAgents(HttpServletRequest request) {
        return request.isUserInRole(AccountRole.ADMIN.name()) || request.isUserInRole(AccountRole.MODERATOR.name());
    }
}
