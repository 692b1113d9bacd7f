package io.switchboard.admin.thread;

import io.switchboard.admin.attachment.ReplyFiles;
import io.switchboard.core.attachment.AttachmentRefusedException;
import io.switchboard.core.attachment.UploadedFile;
import io.switchboard.core.channel.Channel;
import io.switchboard.web.error.InvalidFieldException;
import io.switchboard.web.upload.Uploads;
import java.security.Principal;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/threads/{id}/replies {"text": ..., "articleKey": ...}}: a staff member answers a thread
 * on its own channel. The reply is queued in the outbox (202 with the entry's id) and delivered like the
 * bot's replies; {@code GET /api/outbox} shows how it went. {@code articleKey}, optional, names the
 * knowledge-base article the reply sends: the thread's ticket notes it as its answer ({@link ArticleReplies}).
 * The same as {@code multipart/form-data} (fields {@code text}, {@code articleKey}, {@code files}) sends files too,
 * where the thread's channel sends them (e-mail), checked as the console's reply box checks them.
 */
@RestController
class ThreadReplyController {

    private final ArticleReplies replies;
    private final ThreadQueries threads;
    private final ConnectedChannels channels;
    private final ReplyFiles files;

    ThreadReplyController(ArticleReplies replies, ThreadQueries threads, ConnectedChannels channels, ReplyFiles files) {
        this.replies = replies;
        this.threads = threads;
        this.channels = channels;
        this.files = files;
    }

    @PostMapping(path = "/api/threads/{id}/replies", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    QueuedReply reply(@PathVariable long id, @RequestBody ReplyRequest request, Principal principal) {
        return queue(id, request, List.of(), principal);
    }

    @PostMapping(path = "/api/threads/{id}/replies", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    QueuedReply replyWithFiles(@PathVariable long id, @RequestParam(required = false) String text,
            @RequestParam(required = false) String articleKey, @RequestParam(required = false) List<MultipartFile> files,
            Principal principal) {
        return queue(id, new ReplyRequest(text, articleKey), Uploads.of(files), principal);
    }

    private QueuedReply queue(long id, ReplyRequest request, List<UploadedFile> uploads, Principal principal) {
        ThreadSummary thread = threads.summary(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no thread " + id));
        String text = ReplyText.strip(request.text());
        int limit = channels.replyLimit(Channel.fromKey(thread.channel()), thread.conversationKey());
        if (!ReplyText.fits(text, limit)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "text must hold 1 to " + limit
                    + " characters" + (limit < ReplyText.MAX_LENGTH ? ", the most " + thread.channel()
                    + " takes in a message of this conversation" : ""));
        }
        String article = request.articleKey() == null || request.articleKey().isBlank() ? null
                : request.articleKey().strip();
        if (article != null && !replies.isArticle(article)) {
            throw new InvalidFieldException("articleKey", "is no knowledge-base article: '" + article + "'");
        }
        if (!replies.available()) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "replies need the support pipeline");
        }
        if (!uploads.isEmpty() && !files.sendable(Channel.fromKey(thread.channel()), thread.conversationKey())) {
            throw new InvalidFieldException("files", "the " + thread.channel() + " channel cannot carry files");
        }
        try {
            return new QueuedReply(replies.send(id, principal.getName(), text, article, uploads));
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no thread " + id);
        } catch (AttachmentRefusedException refused) {
            throw new InvalidFieldException("files", refused.getMessage());
        }
    }

    /** @param articleKey the knowledge-base article the reply sends, if it is one; optional */
    record ReplyRequest(String text, String articleKey) {
    }

    record QueuedReply(long outboxId) {
    }
}
