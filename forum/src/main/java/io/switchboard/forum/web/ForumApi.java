package io.switchboard.forum.web;

import io.switchboard.forum.ConditionalOnForum;
import io.switchboard.forum.moderation.FlagReason;
import io.switchboard.forum.member.Registration;
import io.switchboard.forum.moderation.Moderation;
import io.switchboard.forum.pipeline.SupportStatus;
import io.switchboard.forum.search.TopicSearch;
import io.switchboard.forum.topic.ForumReads;
import io.switchboard.forum.topic.Post;
import io.switchboard.forum.topic.Posting;
import io.switchboard.forum.topic.Views.BoardView;
import io.switchboard.forum.topic.Views.PageOf;
import io.switchboard.forum.topic.Views.ProfileView;
import io.switchboard.forum.topic.Views.TopicDetail;
import io.switchboard.forum.topic.Views.TopicSummary;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/forum}: the pages' data as JSON. Reads are public and show what a visitor (or the
 * signed-in member) sees on the pages; writes need a signed-in member and follow the same rules,
 * answered as {@code {"error", "message"}} with 400, 403, 404, 409 or 429.
 */
@RestController
@RequestMapping("/api/forum")
@ConditionalOnForum
class ForumApi {

    private final ForumReads reads;
    private final Posting posting;
    private final SupportStatus support;
    private final TopicSearch search;
    private final Moderation moderation;
    private final Registration registration;

    ForumApi(ForumReads reads, Posting posting, SupportStatus support, TopicSearch search, Moderation moderation,
            Registration registration) {
        this.reads = reads;
        this.posting = posting;
        this.support = support;
        this.search = search;
        this.moderation = moderation;
        this.registration = registration;
    }

    @GetMapping("/boards")
    List<BoardView> boards(Locale locale) {
        return reads.boards(locale);
    }

    @GetMapping("/boards/{slug}/topics")
    PageOf<TopicSummary> topics(@PathVariable String slug, @RequestParam(defaultValue = "0") int page,
            Principal principal) {
        return reads.topics(slug, page, ForumPages.name(principal));
    }

    @GetMapping("/topics/{id}")
    TopicDetail topic(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Locale locale,
            Principal principal) {
        return reads.topic(id, page, ForumPages.name(principal), locale, support.ticketOf(id).orElse(null));
    }

    @GetMapping("/search")
    List<TopicSummary> search(@RequestParam String q) {
        return reads.visibleTopics(search.search(q, ForumPages.SEARCH_RESULTS));
    }

    @GetMapping("/members/{username}")
    ProfileView member(@PathVariable String username) {
        return reads.profile(username);
    }

    /** Registration; the new member then signs in with HTTP Basic or the sign-in page. */
    @PostMapping("/members")
    @ResponseStatus(HttpStatus.CREATED)
    ProfileView register(@RequestBody NewMember member, HttpServletRequest request) {
        return reads.profile(registration.register(member.username(), member.displayName(), member.password(),
                request.getRemoteAddr()).getUsername());
    }

    @PostMapping("/boards/{slug}/topics")
    @ResponseStatus(HttpStatus.CREATED)
    Written startTopic(@PathVariable String slug, @RequestBody NewTopic topic, Locale locale, Principal principal) {
        return Written.of(posting.startTopic(principal.getName(), slug, topic.title(), topic.body(), topic.tags(),
                locale.getLanguage()));
    }

    @PostMapping("/topics/{id}/replies")
    @ResponseStatus(HttpStatus.CREATED)
    Written reply(@PathVariable long id, @RequestBody NewReply reply, Locale locale, Principal principal) {
        return Written.of(posting.reply(principal.getName(), id, reply.body(), reply.quotedPostId(),
                locale.getLanguage()));
    }

    @PostMapping("/posts/{id}/accept")
    TopicSummary accept(@PathVariable long id, Principal principal) {
        return reads.summary(posting.accept(principal.getName(), id).getId(), principal.getName());
    }

    @PostMapping("/posts/{id}/flags")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> flag(@PathVariable long id, @RequestBody NewFlag flag, Principal principal) {
        var stored = moderation.flag(principal.getName(), id, flag.reason(), flag.note());
        return Map.of("flagId", stored.getId(), "postId", id, "reason", stored.getReason().name());
    }

    record NewFlag(FlagReason reason, String note) {
    }

    record NewMember(String username, String displayName, String password) {

        /** Never shows the password. */
        @Override
        public String toString() {
            return "NewMember[" + username + "]";
        }
    }

    record NewTopic(String title, String body, String tags) {
    }

    record NewReply(String body, Long quotedPostId) {
    }

    /** What was written: {@code status} HELD means a moderator reviews it before others see it. */
    record Written(long topicId, long postId, String status) {
        static Written of(Post post) {
            return new Written(post.getTopic().getId(), post.getId(), post.getStatus().name());
        }
    }
}
