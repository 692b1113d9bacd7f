package io.switchboard.admin.thread;

import io.switchboard.admin.api.PageQuery;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.thread.ThreadStatus;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's inbox: support threads from every channel, most recently active first. */
@Controller
@RequestMapping("/console/inbox")
class ThreadPages {

    private final ThreadQueries queries;

    ThreadPages(ThreadQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    String inbox(@RequestParam(required = false) Channel channel, @RequestParam(required = false) ThreadStatus status,
            @Valid PageQuery paging, Model model) {
        model.addAttribute("threads", queries.list(channel, status, paging.pageable(ThreadQueries.LATEST_ACTIVITY_FIRST)));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("statuses", ThreadStatus.values());
        model.addAttribute("channel", channel);
        model.addAttribute("status", status);
        return "console/inbox";
    }
}
