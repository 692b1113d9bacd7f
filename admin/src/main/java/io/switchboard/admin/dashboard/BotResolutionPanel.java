package io.switchboard.admin.dashboard;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Adds the bot resolution figure to the dashboard's model; the page shows it with its own fragment
 * ({@code console/dashboard-resolution.html}).
 */
@ControllerAdvice(assignableTypes = DashboardPages.class)
class BotResolutionPanel {

    private final BotResolution resolution;

    BotResolutionPanel(BotResolution resolution) {
        this.resolution = resolution;
    }

    @ModelAttribute("botResolution")
    BotResolution.Figure botResolution() {
        return resolution.lastWeek();
    }
}
