package io.switchboard.forum.topic;

import io.switchboard.core.ticket.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** What the pages and the JSON API show: plain values, read in one transaction. */
public final class Views {

    private Views() {
    }

    public record BoardView(String slug, String title, String description, boolean support, boolean staffOnly,
            long topics) {
    }

    public record TopicSummary(long id, String board, String title, List<String> tags, String author,
            String authorName, boolean pinned, boolean locked, boolean solved, String status, int views,
            int replies, Instant createdAt, Instant lastPostAt) {
    }

    /**
     * @param authorRole MEMBER, ADMIN, MODERATOR, AGENT: staff posts are marked on the page
     * @param kind a {@link PostKind}: a member's post, or support's answer, notice, staff reply, announcement
     * @param answer it can be accepted as the topic's answer (a reply that is not a notice nor the asker's own)
     * @param accepted this is the topic's accepted answer
     */
    public record PostView(long id, String author, String authorName, String authorRole, boolean official,
            String kind, boolean opening, boolean answer, boolean accepted, String html, String status,
            Long quotedPostId, Instant createdAt) {
    }

    public record PageOf<T>(List<T> content, int page, int totalPages, long totalElements) {

        public static <E, T> PageOf<T> of(Page<E> page, Function<E, T> mapper) {
            return new PageOf<>(page.getContent().stream().map(mapper).toList(), page.getNumber(),
                    Math.max(1, page.getTotalPages()), page.getTotalElements());
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < totalPages;
        }
    }

    /** A topic page; {@code ticket} is where its support ticket stands, or null when it has none. */
    public record TopicDetail(TopicSummary topic, BoardView board, PageOf<PostView> posts, SupportTicket ticket) {
    }

    /**
     * A topic's support ticket as everyone may see it: its number and state, nothing about who asked
     * or who works on it.
     */
    public record SupportTicket(String number, TicketStatus status) {
    }

    /** @param silencedUntil shown to everyone while the member may not post; null otherwise */
    public record ProfileView(String username, String displayName, String role, Instant joinedAt,
            Instant silencedUntil, List<TopicSummary> topics) {
    }
}
