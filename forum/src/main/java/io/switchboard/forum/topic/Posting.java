package io.switchboard.forum.topic;

import io.switchboard.core.account.Account;
import io.switchboard.core.account.Accounts;
import io.switchboard.forum.ForumProperties;
import io.switchboard.forum.board.Board;
import io.switchboard.forum.board.BoardRepository;
import io.switchboard.web.markdown.Markdown;
import io.switchboard.web.markdown.PostCleaner;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing to the forum: new topics, replies (with quotes), accepted answers, and the official
 * posts the support pipeline delivers. Every rule a post must pass is checked here: length and
 * emptiness, staff-only boards, locked topics, silenced members, the posting rate; a new member's
 * first post with a link is held for review.
 */
@Service
@Transactional
public class Posting {

    static final int MAX_TAGS = 5;
    static final int MAX_TAG_LENGTH = 24;

    private final BoardRepository boards;
    private final TopicRepository topics;
    private final PostRepository posts;
    private final Accounts accounts;
    private final Markdown markdown;
    private final PostingRateLimit rateLimit;
    private final ApplicationEventPublisher events;
    private final ForumProperties properties;
    private final Clock clock;

    Posting(BoardRepository boards, TopicRepository topics, PostRepository posts, Accounts accounts, Markdown markdown,
            PostingRateLimit rateLimit, ApplicationEventPublisher events, ForumProperties properties, Clock clock) {
        this.boards = boards;
        this.topics = topics;
        this.posts = posts;
        this.accounts = accounts;
        this.markdown = markdown;
        this.rateLimit = rateLimit;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** The topic's opening post; held when the rules say so. */
    public Post startTopic(String username, String boardSlug, String title, String body, String tags,
            String language) {
        Account author = activeMember(username);
        Board board = boards.findBySlug(boardSlug).orElseThrow(ForumRefusal::notFound);
        if (board.isStaffOnly() && !author.getRole().isStaff()) {
            throw new ForumRefusal(ForumRefusal.Kind.FORBIDDEN, "error.staffOnlyBoard");
        }
        String cleanTitle = requireTitle(title);
        List<String> tagList = tags(tags);
        String html = renderBody(body);
        rateLimit.acquire(author.getId());
        Instant now = clock.instant();
        PostStatus status = statusOf(author, html);
        Topic topic = topics.save(new Topic(board, author, cleanTitle, tagList, status, now));
        Post post = posts.save(new Post(topic, author, true, PostKind.MEMBER, body.strip(), html, null, status, now));
        publishIfVisible(post, language);
        return post;
    }

    /** A reply, optionally quoting another post of the same topic. */
    public Post reply(String username, long topicId, String body, Long quotedPostId, String language) {
        Account author = activeMember(username);
        Topic topic = visibleTopic(topicId, author);
        if (topic.isLocked() && !author.getRole().moderates()) {
            throw new ForumRefusal(ForumRefusal.Kind.FORBIDDEN, "error.topicLocked");
        }
        String html = renderBody(body);
        String text = body.strip();
        if (quotedPostId != null) {
            Post quoted = posts.findById(quotedPostId)
                    .filter(p -> p.getTopic().getId().equals(topicId) && p.isVisible())
                    .orElseThrow(ForumRefusal::notFound);
            text = Markdown.quote(quoted.getAuthor().getDisplayName(), quoted.getBodyMarkdown()) + text;
            html = markdown.toHtml(text);
        }
        requireLength(text);
        rateLimit.acquire(author.getId());
        Instant now = clock.instant();
        PostStatus status = statusOf(author, html);
        Post post = posts.save(new Post(topic, author, false, PostKind.MEMBER, text, html, quotedPostId, status, now));
        if (status == PostStatus.VISIBLE) {
            topic.replied(now);
        }
        publishIfVisible(post, language);
        return post;
    }

    /**
     * A reply from the support pipeline, marked official: the bot's answer or notice, posted as the
     * bot account, or a staff member's reply ({@link PostKind#STAFF_REPLY}), posted as their account
     * so it shows their name and role. Not rate limited and never handed back to the pipeline.
     *
     * @param staffUsername the staff member who wrote a staff reply; ignored for the bot's posts
     */
    public Post officialReply(long topicId, String text, PostKind kind, String staffUsername) {
        Topic topic = topics.findById(topicId).filter(t -> t.getStatus() != PostStatus.DELETED)
                .orElseThrow(ForumRefusal::notFound);
        Account author = speaker(kind, staffUsername);
        Instant now = clock.instant();
        Post post = posts.save(new Post(topic, author, false, kind, text, markdown.toHtml(text), null,
                PostStatus.VISIBLE, now));
        topic.replied(now);
        return post;
    }

    /**
     * The reply {@link #officialReply} stored with this text, kind and speaker since {@code since},
     * if any: the outbox asks when a sender died between storing a reply and recording that it did.
     */
    public Optional<Post> findOfficialReply(long topicId, String text, PostKind kind, String staffUsername,
            Instant since) {
        Account author = speaker(kind, staffUsername);
        return posts.findByTopicIdAndKindAndCreatedAtGreaterThanEqualOrderByIdDesc(topicId, kind, since).stream()
                .filter(post -> post.getAuthor().getId().equals(author.getId()) && post.getBodyMarkdown().equals(text))
                .findFirst();
    }

    /**
     * An announcement as a topic of its own on {@code boardSlug}, opened by the bot account and
     * marked official; not rate limited and never handed to the support pipeline.
     */
    public Post officialTopic(String boardSlug, String title, String markdown) {
        Board board = boards.findBySlug(boardSlug).orElseThrow(ForumRefusal::notFound);
        String cleanTitle = requireTitle(title);
        String html = renderBody(markdown);
        Instant now = clock.instant();
        Topic topic = topics.save(new Topic(board, bot(), cleanTitle, List.of(), PostStatus.VISIBLE, now));
        Post post = posts.save(new Post(topic, topic.getAuthor(), true, PostKind.ANNOUNCEMENT, markdown.strip(), html, null,
                PostStatus.VISIBLE, now));
        publishIfVisible(post, null);
        return post;
    }

    /**
     * The topic {@link #officialTopic} opened on {@code boardSlug} with this title since {@code since},
     * if any: the announcement fan-out asks when a publication was cut off before it was recorded.
     */
    public Optional<Topic> findOfficialTopic(String boardSlug, String title, Instant since) {
        String cleanTitle = cleanTitle(title);
        Long botId = bot().getId();
        return posts.findOfficialOpenings(boardSlug, PostKind.ANNOUNCEMENT, since).stream()
                .map(Post::getTopic)
                .filter(topic -> topic.getAuthor().getId().equals(botId) && topic.getTitle().equals(cleanTitle))
                .findFirst();
    }

    /** Replaces the title and text of a topic {@link #officialTopic} opened. */
    public void editOfficialTopic(long topicId, String title, String markdown) {
        Post opening = officialOpening(topicId);
        String cleanTitle = requireTitle(title);
        String html = renderBody(markdown);
        opening.getTopic().retitle(cleanTitle);
        opening.rewrite(markdown.strip(), html, clock.instant());
        publishIfVisible(opening, null);
    }

    /** Hides a topic {@link #officialTopic} opened, as a moderator would; it can be restored. */
    public void hideOfficialTopic(long topicId) {
        Post opening = officialOpening(topicId);
        opening.changeStatus(PostStatus.HIDDEN, clock.instant());
        opening.getTopic().changeStatus(PostStatus.HIDDEN);
    }

    private Post officialOpening(long topicId) {
        Topic topic = topics.findById(topicId).filter(t -> t.getStatus() != PostStatus.DELETED)
                .orElseThrow(ForumRefusal::notFound);
        return posts.findByTopicAndOpeningTrue(topic).filter(Post::isOfficial).orElseThrow(ForumRefusal::notFound);
    }

    /** The staff member's account; the bot's when it is gone (an account renamed since the reply was queued). */
    /** Who says an official reply of this kind: the staff member for a staff reply, else the bot. */
    private Account speaker(PostKind kind, String staffUsername) {
        return kind == PostKind.STAFF_REPLY ? staffAccount(staffUsername) : bot();
    }

    private Account staffAccount(String username) {
        return accounts.find(username).filter(account -> account.getRole().isStaff()).orElseGet(this::bot);
    }

    private Account bot() {
        return accounts.bot(properties.botUsername(), properties.botDisplayName(),
                "{noop}!" + java.util.UUID.randomUUID());
    }

    /**
     * The asker or staff accepts a reply as the answer: the topic is solved. Only an answer can be
     * accepted: not the question, not the asker's own reply, not a notice from support.
     */
    public Topic accept(String username, long postId) {
        Account actor = activeMember(username);
        Post post = posts.findById(postId).filter(Post::isVisible).orElseThrow(ForumRefusal::notFound);
        Topic topic = post.getTopic();
        boolean asker = topic.getAuthor().getId().equals(actor.getId());
        if (!asker && !actor.getRole().isStaff()) {
            throw new ForumRefusal(ForumRefusal.Kind.FORBIDDEN, "error.onlyAskerAccepts");
        }
        if (post.isOpening()) {
            throw new ForumRefusal(ForumRefusal.Kind.INVALID, "error.acceptOpening");
        }
        if (!post.answersTopic()) {
            throw new ForumRefusal(ForumRefusal.Kind.INVALID, post.getKind().answers() ? "error.acceptOwnReply"
                    : "error.acceptNotice");
        }
        topic.accept(post.getId());
        events.publishEvent(new TopicSolved(topic.getId(), post.getId(), actor.getUsername()));
        return topic;
    }

    /** A moderator approved a held post: it becomes visible and goes where visible posts go. */
    public void publishApproved(Post post) {
        Instant now = clock.instant();
        post.changeStatus(PostStatus.VISIBLE, now);
        if (post.isOpening()) {
            post.getTopic().changeStatus(PostStatus.VISIBLE);
        } else {
            post.getTopic().replied(now);
        }
        publishIfVisible(post, null);
    }

    /** Keeps the reply count right when a moderator changes a reply's status. */
    public void recount(Topic topic, PostStatus before, PostStatus after) {
        boolean was = before == PostStatus.VISIBLE;
        boolean is = after == PostStatus.VISIBLE;
        if (was != is) {
            topic.recountReply(is ? 1 : -1);
        }
    }

    /** Counts a page view. */
    public void viewed(long topicId) {
        topics.findById(topicId).ifPresent(Topic::viewed);
    }

    private void publishIfVisible(Post post, String language) {
        if (post.isVisible()) {
            events.publishEvent(new PostPublished(post.getId(), language));
        } else if (post.getStatus() == PostStatus.HELD) {
            events.publishEvent(new PostHeld(post.getId()));
        }
    }

    /** Held: a member (not staff) with no visible post yet whose post has a link. */
    private PostStatus statusOf(Account author, String html) {
        if (author.getRole().isStaff() || !PostCleaner.hasLink(html)
                || posts.existsByAuthorAndStatus(author, PostStatus.VISIBLE)) {
            return PostStatus.VISIBLE;
        }
        return PostStatus.HELD;
    }

    private Topic visibleTopic(long topicId, Account reader) {
        return topics.findById(topicId)
                .filter(t -> t.getStatus() == PostStatus.VISIBLE || reader.getRole().moderates())
                .orElseThrow(ForumRefusal::notFound);
    }

    /**
     * The signed-in member, when they may write now (post, reply, flag): neither banned nor
     * silenced.
     */
    public Account activeMember(String username) {
        Account account = accounts.find(username)
                .orElseThrow(() -> new ForumRefusal(ForumRefusal.Kind.FORBIDDEN, "error.signIn"));
        Instant now = clock.instant();
        if (account.isBannedAt(now) || account.isSilencedAt(now)) {
            throw new ForumRefusal(ForumRefusal.Kind.FORBIDDEN, "error.silenced",
                    account.isBannedAt(now) ? account.getBannedUntil() : account.getSilencedUntil());
        }
        return account;
    }

    private static String cleanTitle(String title) {
        return title == null ? "" : title.strip().replaceAll("\\s+", " ");
    }

    private String requireTitle(String title) {
        String clean = cleanTitle(title);
        if (clean.isEmpty()) {
            throw new ForumRefusal(ForumRefusal.Kind.INVALID, "error.titleEmpty");
        }
        if (clean.codePointCount(0, clean.length()) > properties.titleMaxLength()) {
            throw new ForumRefusal(ForumRefusal.Kind.INVALID, "error.titleTooLong", properties.titleMaxLength());
        }
        return clean;
    }

    /** Rejects empty and too long posts; a post whose HTML is empty after cleaning is empty too. */
    private String renderBody(String body) {
        String text = body == null ? "" : body.strip();
        requireLength(text);
        String html = markdown.toHtml(text);
        if (org.jsoup.Jsoup.parseBodyFragment(html).text().isBlank()) {
            throw new ForumRefusal(ForumRefusal.Kind.INVALID, "error.bodyEmpty");
        }
        return html;
    }

    private void requireLength(String text) {
        if (text.isEmpty()) {
            throw new ForumRefusal(ForumRefusal.Kind.INVALID, "error.bodyEmpty");
        }
        if (text.length() > properties.bodyMaxLength()) {
            throw new ForumRefusal(ForumRefusal.Kind.INVALID, "error.bodyTooLong", properties.bodyMaxLength());
        }
    }

    static List<String> tags(String tags) {
        if (tags == null || tags.isBlank()) {
            return List.of();
        }
        List<String> list = Arrays.stream(tags.split("[,，\\s]+"))
                .map(tag -> tag.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]", ""))
                .filter(tag -> !tag.isEmpty())
                .distinct()
                .toList();
        if (list.size() > MAX_TAGS || list.stream().anyMatch(tag -> tag.length() > MAX_TAG_LENGTH)) {
            throw new ForumRefusal(ForumRefusal.Kind.INVALID, "error.tags", MAX_TAGS, MAX_TAG_LENGTH);
        }
        return list;
    }
}
