package io.switchboard.admin.thread;

import io.switchboard.admin.attachment.ReplyFiles;
import io.switchboard.core.attachment.UploadedFile;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.phrasing.TicketAnswers;
import io.switchboard.core.reply.StaffReplies;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff reply that may carry a knowledge-base article (a canned reply the agent started from): the
 * reply is queued and the article noted on the thread's ticket as its answer in one transaction, so
 * that resolving the ticket later proposes the member's question as a phrasing of the article
 * ({@link TicketAnswers}). The console's reply box and {@code POST /api/threads/{id}/replies} both send
 * through it.
 */
@Component
public class ArticleReplies {

    private final ObjectProvider<StaffReplies> replies;
    private final TicketAnswers answers;
    private final KnowledgeBase knowledgeBase;
    private final ReplyFiles files;

    ArticleReplies(ObjectProvider<StaffReplies> replies, TicketAnswers answers, KnowledgeBase knowledgeBase,
            ReplyFiles files) {
        this.replies = replies;
        this.answers = answers;
        this.knowledgeBase = knowledgeBase;
        this.files = files;
    }

    /** False without the support pipeline (the router), which delivers replies. */
    public boolean available() {
        return replies.getIfAvailable() != null;
    }

    public boolean isArticle(String key) {
        return knowledgeBase.article(key).isPresent();
    }

    /** A reply without files; see the other form. */
    @Transactional
    long send(long threadId, String staff, String text, String articleKey) {
        return send(threadId, staff, text, articleKey, List.of());
    }

    /**
     * The files are stored in the same transaction as the reply is queued: a refused file stores and sends nothing.
     *
     * @param articleKey the article the reply was started from, or null
     * @param uploads files for a channel that sends them (the caller checked {@link ReplyFiles#sendable})
     * @return the id of the outbox entry that delivers the reply
     * @throws java.util.NoSuchElementException when there is no such thread
     * @throws io.switchboard.core.attachment.AttachmentRefusedException when a file is refused
     */
    @Transactional
    public long send(long threadId, String staff, String text, String articleKey, List<UploadedFile> uploads) {
        long entry = uploads.isEmpty() ? replies.getObject().reply(threadId, staff, text)
                : replies.getObject().reply(threadId, staff, text, files.store(uploads, staff));
        if (articleKey != null) {
            answers.articleSent(threadId, articleKey, staff);
        }
        return entry;
    }
}
