package io.switchboard.forum.moderation;

import io.switchboard.core.account.Account;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.audit.AuditQuery;
import io.switchboard.core.audit.AuditTarget;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.moderation.ModeratedMessages;
import io.switchboard.core.text.ColumnText;
import io.switchboard.forum.board.Board;
import io.switchboard.forum.board.BoardRepository;
import io.switchboard.forum.topic.ForumRefusal;
import io.switchboard.forum.topic.Post;
import io.switchboard.forum.topic.PostRepository;
import io.switchboard.forum.topic.PostStatus;
import io.switchboard.forum.topic.Posting;
import io.switchboard.forum.topic.Topic;
import io.switchboard.forum.topic.TopicRepository;
import io.switchboard.forum.topic.Views.PageOf;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flags from members, and what moderators do about posts, topics and members. Every moderator
 * action is a line of the staff audit log (core's {@link StaffAudit}, the one log of every staff
 * action) with who, what, when, the target, the reason and a summary of the state before and
 * after; its actions start with {@code forum.}, and the forum's own audit view shows those.
 * Acting on a post resolves its open flags. Flags and held posts also go into the moderation
 * queue across channels, and resolving them here handles them there. A post hidden, shown again
 * or deleted here is marked so in its support thread too ({@link ModeratedMessages}), so the
 * console's thread view and the moderation queue agree with the forum.
 */
@Service
@Transactional
public class Moderation {

    /** What a moderator can do to one post, and what it is for the post's message in its support thread. */
    public enum PostAction {
        HIDE(PostStatus.HIDDEN, ModerationAction.HIDE), RESTORE(PostStatus.VISIBLE, ModerationAction.UNHIDE),
        DELETE(PostStatus.DELETED, ModerationAction.DELETE), APPROVE(PostStatus.VISIBLE, ModerationAction.UNHIDE);

        final PostStatus result;
        final ModerationAction onThread;

        PostAction(PostStatus result, ModerationAction onThread) {
            this.result = result;
            this.onThread = onThread;
        }
    }

    /** What a moderator can do to a topic. */
    public enum TopicAction {
        LOCK, UNLOCK, PIN, UNPIN, MOVE
    }

    /** What a moderator can do to a member: both need an end time and a reason. */
    public enum MemberAction {
        SILENCE, BAN
    }

    public record FlagView(long id, long postId, long topicId, String topicTitle, String postAuthor, String excerpt,
            String postStatus, String reporter, String reason, String note, Instant createdAt) {
    }

    public record HeldView(long postId, long topicId, String topicTitle, String author, String excerpt,
            Instant createdAt) {
    }

    public record AuditView(long id, Instant at, String actor, String action, String target, String reason,
            String before, String after) {
    }

    /** The family of the forum's actions in the staff audit log: {@code forum.post-hide}... */
    static final String AUDIT_FAMILY = "forum";
    private static final String AUDIT_PREFIX = AUDIT_FAMILY + ".";

    static final int NOTE_LENGTH = 500;
    static final int EXCERPT_LENGTH = 200;
    static final int PAGE_SIZE = 50;

    private final FlagRepository flags;
    private final PostRepository posts;
    private final TopicRepository topics;
    private final BoardRepository boards;
    private final Accounts accounts;
    private final Posting posting;
    private final StaffAudit audit;
    private final ModerationQueueFeed queue;
    private final ModeratedMessages moderatedMessages;
    private final Clock clock;

    Moderation(FlagRepository flags, PostRepository posts, TopicRepository topics, BoardRepository boards,
            Accounts accounts, Posting posting, StaffAudit audit, ModerationQueueFeed queue,
            ModeratedMessages moderatedMessages, Clock clock) {
        this.flags = flags;
        this.posts = posts;
        this.topics = topics;
        this.boards = boards;
        this.accounts = accounts;
        this.posting = posting;
        this.audit = audit;
        this.queue = queue;
        this.moderatedMessages = moderatedMessages;
        this.clock = clock;
    }

    /** A member who may write reports a visible post; one open flag per member and post. */
    public Flag flag(String username, long postId, FlagReason reason, String note) {
        Account reporter = posting.activeMember(username);
        Post post = posts.findById(postId).filter(Post::isVisible).orElseThrow(ForumRefusal::notFound);
        String text = note == null ? "" : note.strip();
        if (reason == null) {
            throw new ForumRefusal(ForumRefusal.Kind.INVALID, "error.flagReason");
        }
        if (text.length() > NOTE_LENGTH) {
            throw new ForumRefusal(ForumRefusal.Kind.INVALID, "error.flagNote", NOTE_LENGTH);
        }
        if (flags.existsByPostAndReporterAndStatus(post, reporter, Flag.Status.OPEN)) {
            throw new ForumRefusal(ForumRefusal.Kind.CONFLICT, "error.flagTwice");
        }
        Flag flag = flags.save(new Flag(post, reporter, reason, text, clock.instant()));
        queue.flagged(flag);
        return flag;
    }

    public Post act(String moderator, long postId, PostAction action, String reason) {
        Post post = posts.findById(postId).orElseThrow(ForumRefusal::notFound);
        PostStatus before = post.getStatus();
        if (action == PostAction.APPROVE) {
            if (before != PostStatus.HELD) {
                throw new ForumRefusal(ForumRefusal.Kind.CONFLICT, "error.notHeld");
            }
            posting.publishApproved(post);
        } else {
            Instant now = clock.instant();
            post.changeStatus(action.result, now);
            Topic topic = post.getTopic();
            if (post.isOpening()) {
                topic.changeStatus(action.result);
            } else {
                posting.recount(topic, before, action.result);
            }
        }
        moderatedMessages.moderated(Channel.FORUM, post.getId().toString(), action.onThread, clock.instant());
        for (Flag flag : flags.findByPostAndStatus(post, Flag.Status.OPEN)) {
            flag.resolve(moderator, clock.instant());
        }
        queue.resolved(post, moderator);
        audit.record(moderator, AUDIT_PREFIX + "post-" + name(action), AuditTarget.of("forum-post", postId), reason,
                "status=" + before, "status=" + post.getStatus());
        return post;
    }

    public Topic act(String moderator, long topicId, TopicAction action, String boardSlug, String reason) {
        Topic topic = topics.findById(topicId).orElseThrow(ForumRefusal::notFound);
        String before = state(topic);
        switch (action) {
            case LOCK -> topic.setLocked(true);
            case UNLOCK -> topic.setLocked(false);
            case PIN -> topic.setPinned(true);
            case UNPIN -> topic.setPinned(false);
            case MOVE -> {
                Board board = boards.findBySlug(boardSlug == null ? "" : boardSlug)
                        .orElseThrow(() -> new ForumRefusal(ForumRefusal.Kind.INVALID, "error.noSuchBoard"));
                topic.moveTo(board);
            }
        }
        audit.record(moderator, AUDIT_PREFIX + "topic-" + name(action), AuditTarget.of("forum-topic", topicId), reason,
                before, state(topic));
        return topic;
    }

    public Account act(String moderator, String username, MemberAction action, Instant until, String reason) {
        Account member = accounts.find(username).orElseThrow(ForumRefusal::notFound);
        if (until == null || !until.isAfter(clock.instant())) {
            throw new ForumRefusal(ForumRefusal.Kind.INVALID, "error.sanctionUntil");
        }
        if (reason == null || reason.isBlank()) {
            throw new ForumRefusal(ForumRefusal.Kind.INVALID, "error.sanctionReason");
        }
        if (member.getRole().isStaff()) {
            throw new ForumRefusal(ForumRefusal.Kind.FORBIDDEN, "error.sanctionStaff");
        }
        String before = sanctions(member);
        if (action == MemberAction.SILENCE) {
            member.silence(until, reason.strip());
        } else {
            member.ban(until, reason.strip());
        }
        audit.record(moderator, AUDIT_PREFIX + "member-" + name(action), AuditTarget.of("account", member.getUsername()),
                reason, before, sanctions(member));
        return member;
    }

    /** Closes a flag without acting on its post. */
    public void dismiss(String moderator, long flagId, String reason) {
        Flag flag = flags.findById(flagId).orElseThrow(ForumRefusal::notFound);
        flag.resolve(moderator, clock.instant());
        if (flags.findByPostAndStatus(flag.getPost(), Flag.Status.OPEN).isEmpty()) {
            queue.resolved(flag.getPost(), moderator);
        }
        audit.record(moderator, AUDIT_PREFIX + "flag-dismiss", AuditTarget.of("forum-flag", flagId), reason, "open",
                "resolved");
    }

    @Transactional(readOnly = true)
    public PageOf<FlagView> openFlags(int page) {
        return PageOf.of(flags.findByStatusOrderByCreatedAtAsc(Flag.Status.OPEN, PageRequest.of(Math.max(0, page),
                PAGE_SIZE)), flag -> new FlagView(flag.getId(), flag.getPost().getId(),
                flag.getPost().getTopic().getId(), flag.getPost().getTopic().getTitle(),
                flag.getPost().getAuthor().getUsername(), excerpt(flag.getPost()), flag.getPost().getStatus().name(),
                flag.getReporter().getUsername(), flag.getReason().name(), flag.getNote(), flag.getCreatedAt()));
    }

    @Transactional(readOnly = true)
    public PageOf<HeldView> heldPosts(int page) {
        return PageOf.of(posts.findByStatusOrderByCreatedAtAsc(PostStatus.HELD, PageRequest.of(Math.max(0, page),
                PAGE_SIZE)), post -> new HeldView(post.getId(), post.getTopic().getId(), post.getTopic().getTitle(),
                post.getAuthor().getUsername(), excerpt(post), post.getCreatedAt()));
    }

    /** The forum's lines of the staff audit log, newest first, as the forum shows them ({@code post:12}). */
    @Transactional(readOnly = true)
    public PageOf<AuditView> auditLog(int page) {
        return PageOf.of(audit.search(AuditQuery.action(AUDIT_FAMILY), Math.max(0, page), PAGE_SIZE),
                entry -> new AuditView(entry.getId(), entry.getAt(), entry.getActor(),
                        entry.getAction().substring(AUDIT_PREFIX.length()),
                        entry.getTargetType().replaceFirst("^forum-", "") + ":" + entry.getTargetId(),
                        entry.getReason(), entry.getBefore(), entry.getAfter()));
    }

    static String excerpt(Post post) {
        return ColumnText.excerpt(Jsoup.parseBodyFragment(post.getBodyHtml()).text(), EXCERPT_LENGTH);
    }

    private static String state(Topic topic) {
        return "board=" + topic.getBoard().getSlug() + ", locked=" + topic.isLocked() + ", pinned=" + topic.isPinned();
    }

    private static String sanctions(Account account) {
        return "silencedUntil=" + account.getSilencedUntil() + ", bannedUntil=" + account.getBannedUntil();
    }

    private static String name(Enum<?> action) {
        return action.name().toLowerCase(Locale.ROOT);
    }

}
