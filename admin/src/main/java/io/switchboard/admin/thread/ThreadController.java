package io.switchboard.admin.thread;

import io.switchboard.admin.api.PageQuery;
import io.switchboard.admin.api.PageResponse;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.thread.ThreadStatus;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/threads}: support threads, most recently active first, and one thread in full. */
@RestController
@RequestMapping("/api/threads")
class ThreadController {

    private final ThreadQueries queries;

    ThreadController(ThreadQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    PageResponse<ThreadSummary> list(@RequestParam(required = false) Channel channel,
            @RequestParam(required = false) ThreadStatus status, @Valid PageQuery paging) {
        return queries.list(InboxFilter.of(channel, status), paging.pageable(ThreadQueries.LATEST_ACTIVITY_FIRST));
    }

    @GetMapping("/{id}")
    ThreadDetail get(@PathVariable long id) {
        return queries.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no thread " + id));
    }
}
