package io.switchboard.admin.thread;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.reply.StaffReplies;
import java.security.Principal;
import java.util.NoSuchElementException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/threads/{id}/replies {"text": ...}}: a staff member answers a thread on its own
 * channel. The reply is queued in the outbox (202 with the entry's id) and delivered like the
 * bot's replies; {@code GET /api/outbox} shows how it went.
 */
@RestController
class ThreadReplyController {

    private final ObjectProvider<StaffReplies> replies;
    private final ThreadQueries threads;
    private final ConnectedChannels channels;

    ThreadReplyController(ObjectProvider<StaffReplies> replies, ThreadQueries threads, ConnectedChannels channels) {
        this.replies = replies;
        this.threads = threads;
        this.channels = channels;
    }

    @PostMapping("/api/threads/{id}/replies")
    @ResponseStatus(HttpStatus.ACCEPTED)
    QueuedReply reply(@PathVariable long id, @RequestBody ReplyRequest request, Principal principal) {
        ThreadSummary thread = threads.summary(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no thread " + id));
        String text = ReplyText.strip(request.text());
        int limit = channels.replyLimit(Channel.fromKey(thread.channel()), thread.conversationKey());
        if (!ReplyText.fits(text, limit)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "text must hold 1 to " + limit
                    + " characters" + (limit < ReplyText.MAX_LENGTH ? ", the most " + thread.channel()
                    + " takes in a message of this conversation" : ""));
        }
        StaffReplies service = replies.getIfAvailable();
        if (service == null) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "replies need the support pipeline");
        }
        try {
            return new QueuedReply(service.reply(id, principal.getName(), text));
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no thread " + id);
        }
    }

    record ReplyRequest(String text) {
    }

    record QueuedReply(long outboxId) {
    }
}
