package io.switchboard.admin.dashboard;

import io.switchboard.admin.ticket.TicketStats;
import io.switchboard.core.channel.Channel;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The console's dashboard: messages per channel per hour, the engine's auto-answer rate,
 * escalations per day, open tickets by age, SLA breaches, the connectors' health and the questions
 * most often escalated with no article ({@link EscalatedQuestions}) and the bot resolution rate
 * ({@link BotResolution}), and what the help center's readers say of the knowledge base: the least helpful
 * articles and the searches with no results ({@link HelpCenterFeedback}), the live chat ({@link LiveChatPanel}), each with its own fragment. The charts
 * are SVG drawn on the server, each with a title, labelled axes and the same numbers as a table.
 */
@Controller
@RequestMapping("/console/dashboard")
class DashboardPages {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final DashboardNumbers numbers;
    private final ConnectorHealth health;
    private final EscalatedQuestions escalatedQuestions;
    private final BotResolution botResolution;
    private final HelpCenterFeedback helpCenter;
    private final LiveChatPanel liveChat;

    DashboardPages(DashboardNumbers numbers, ConnectorHealth health, EscalatedQuestions escalatedQuestions,
            BotResolution botResolution, HelpCenterFeedback helpCenter, LiveChatPanel liveChat) {
        this.numbers = numbers;
        this.health = health;
        this.escalatedQuestions = escalatedQuestions;
        this.botResolution = botResolution;
        this.helpCenter = helpCenter;
        this.liveChat = liveChat;
    }

    @GetMapping
    String dashboard(Model model) {
        model.addAttribute("messages", new BarChart(
                Arrays.stream(Channel.values()).map(channel -> "console.channel." + channel.name()).toList(),
                numbers.messagesPerHour().entrySet().stream()
                        .map(hour -> new BarChart.Column(HOUR.format(hour.getKey()), false,
                                Arrays.stream(Channel.values()).map(hour.getValue()::get).toList()))
                        .toList()));
        DashboardNumbers.AutoAnswers day = numbers.autoAnswers(Duration.ofDays(1));
        DashboardNumbers.AutoAnswers week = numbers.autoAnswers(Duration.ofDays(7));
        model.addAttribute("day", day);
        model.addAttribute("week", week);
        model.addAttribute("autoAnswers", new BarChart(
                List.of("console.dashboard.answered", "console.dashboard.escalated"),
                List.of(new BarChart.Column("console.dashboard.last24h", true, List.of(day.answered(), day.escalated())),
                        new BarChart.Column("console.dashboard.last7d", true, List.of(week.answered(), week.escalated())))));
        model.addAttribute("escalations", BarChart.single("console.dashboard.escalations",
                numbers.escalationsPerDay().entrySet().stream()
                        .map(date -> new BarChart.Column(DAY.format(date.getKey()), false, List.of(date.getValue())))
                        .toList()));
        TicketStats tickets = numbers.tickets();
        model.addAttribute("tickets", tickets);
        model.addAttribute("ages", BarChart.single("console.dashboard.openTickets", localized(
                "console.dashboard.age.", tickets.unresolvedByAge())));
        model.addAttribute("breaches", BarChart.single("console.dashboard.breaches", List.of(
                new BarChart.Column("console.dashboard.breach.firstResponse", true, List.of(tickets.firstResponseBreaches())),
                new BarChart.Column("console.dashboard.breach.resolution", true, List.of(tickets.resolutionBreaches())))));
        model.addAttribute("connectors", health.connectors());
        model.addAttribute("escalatedQuestions", escalatedQuestions.mostOften());
        model.addAttribute("botResolution", botResolution.lastWeek());
        model.addAttribute("leastHelpful", helpCenter.leastHelpful(LocaleContextHolder.getLocale().getLanguage()));
        model.addAttribute("searchMisses", helpCenter.searchMisses());
        model.addAttribute("liveChat", liveChat.today());
        return "console/dashboard";
    }

    private static List<BarChart.Column> localized(String prefix, Map<String, Long> counts) {
        return counts.entrySet().stream()
                .map(count -> new BarChart.Column(prefix + count.getKey(), true, List.of(count.getValue())))
                .toList();
    }
}
