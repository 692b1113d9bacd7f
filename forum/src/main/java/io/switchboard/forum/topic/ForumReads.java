package io.switchboard.forum.topic;

import io.switchboard.core.account.Account;
import io.switchboard.core.account.Accounts;
import io.switchboard.forum.ForumProperties;
import io.switchboard.forum.board.Board;
import io.switchboard.forum.board.BoardRepository;
import io.switchboard.forum.topic.Views.BoardView;
import io.switchboard.forum.topic.Views.PageOf;
import io.switchboard.forum.topic.Views.PostView;
import io.switchboard.forum.topic.Views.ProfileView;
import io.switchboard.forum.topic.Views.TopicSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the forum as one reader sees it ({@code reader} null for visitors): everyone sees visible
 * posts, members also their own held ones, moderators also held and hidden ones.
 */
@Service
@Transactional(readOnly = true)
public class ForumReads {

    private static final Set<PostStatus> PUBLIC = EnumSet.of(PostStatus.VISIBLE);
    private static final Set<PostStatus> MODERATED = EnumSet.of(PostStatus.VISIBLE, PostStatus.HELD,
            PostStatus.HIDDEN);
    private static final Sort PINNED_THEN_LATEST = Sort.by(Sort.Order.desc("pinned"), Sort.Order.desc("lastPostAt"),
            Sort.Order.desc("id"));

    private final BoardRepository boards;
    private final TopicRepository topics;
    private final PostRepository posts;
    private final Accounts accounts;
    private final int pageSize;
    private final Clock clock;

    ForumReads(BoardRepository boards, TopicRepository topics, PostRepository posts, Accounts accounts,
            ForumProperties properties, Clock clock) {
        this.boards = boards;
        this.topics = topics;
        this.posts = posts;
        this.accounts = accounts;
        this.pageSize = properties.pageSize();
        this.clock = clock;
    }

    public List<BoardView> boards(Locale locale) {
        return boards.findAllByOrderByPositionAsc().stream().map(board -> board(board, locale)).toList();
    }

    public BoardView board(String slug, Locale locale) {
        return board(boards.findBySlug(slug).orElseThrow(ForumRefusal::notFound), locale);
    }

    public PageOf<TopicSummary> topics(String slug, int page, String reader) {
        Board board = boards.findBySlug(slug).orElseThrow(ForumRefusal::notFound);
        return PageOf.of(topics.findByBoardAndStatusIn(board, statusesFor(reader(reader)),
                PageRequest.of(Math.max(0, page), pageSize, PINNED_THEN_LATEST)), ForumReads::summary);
    }

    public Views.TopicDetail topic(long id, int page, String readerName, Locale locale,
            Views.SupportTicket ticket) {
        Optional<Account> reader = reader(readerName);
        Topic topic = readableTopic(id, reader);
        Page<Post> found = posts.readable(topic, statusesFor(reader), reader.map(Account::getId).orElse(-1L),
                PageRequest.of(Math.max(0, page), pageSize));
        return new Views.TopicDetail(summary(topic), board(topic.getBoard(), locale),
                PageOf.of(found, post -> postView(post, topic)), ticket);
    }

    /** The topic's summary if the reader may see it. */
    public TopicSummary summary(long id, String readerName) {
        return summary(readableTopic(id, reader(readerName)));
    }

    /** Visible topics among {@code ids}, in that order. */
    public List<TopicSummary> visibleTopics(List<Long> ids) {
        var byId = topics.findAllById(ids).stream()
                .filter(t -> t.getStatus() == PostStatus.VISIBLE)
                .collect(java.util.stream.Collectors.toMap(Topic::getId, Function.identity()));
        return ids.stream().filter(byId::containsKey).map(byId::get).map(ForumReads::summary).toList();
    }

    public ProfileView profile(String username) {
        Account account = accounts.find(username).orElseThrow(ForumRefusal::notFound);
        Instant silenced = account.isSilencedAt(clock.instant()) ? account.getSilencedUntil() : null;
        return new ProfileView(account.getUsername(), account.getDisplayName(), account.getRole().name(),
                account.getCreatedAt(), silenced, topics.findTop20ByAuthorAndStatusOrderByCreatedAtDesc(account,
                        PostStatus.VISIBLE).stream().map(ForumReads::summary).toList());
    }

    private Topic readableTopic(long id, Optional<Account> reader) {
        return topics.findById(id)
                .filter(t -> statusesFor(reader).contains(t.getStatus())
                        || (t.getStatus() == PostStatus.HELD && reader.map(r -> r.getId().equals(t.getAuthor().getId()))
                                .orElse(false)))
                .orElseThrow(ForumRefusal::notFound);
    }

    private Optional<Account> reader(String username) {
        return username == null ? Optional.empty() : accounts.find(username);
    }

    private static Collection<PostStatus> statusesFor(Optional<Account> reader) {
        return reader.filter(account -> account.getRole().moderates()).isPresent() ? MODERATED : PUBLIC;
    }

    private BoardView board(Board board, Locale locale) {
        return new BoardView(board.getSlug(), board.title(locale), board.description(locale), board.isSupport(),
                board.isStaffOnly(), topics.countByBoardAndStatus(board, PostStatus.VISIBLE));
    }

    static TopicSummary summary(Topic topic) {
        return new TopicSummary(topic.getId(), topic.getBoard().getSlug(), topic.getTitle(), topic.getTags(),
                topic.getAuthor().getUsername(), topic.getAuthor().getDisplayName(), topic.isPinned(),
                topic.isLocked(), topic.isSolved(), topic.getStatus().name(), topic.getViewCount(),
                topic.getReplyCount(), topic.getCreatedAt(), topic.getLastPostAt());
    }

    private static PostView postView(Post post, Topic topic) {
        Account author = post.getAuthor();
        return new PostView(post.getId(), author.getUsername(), author.getDisplayName(), author.getRole().name(),
                post.isOfficial(), post.getKind().name(), post.isOpening(), post.answersTopic(),
                post.getId().equals(topic.getAcceptedPostId()), post.getBodyHtml(), post.getStatus().name(),
                post.getQuotedPostId(), post.getCreatedAt());
    }

}
