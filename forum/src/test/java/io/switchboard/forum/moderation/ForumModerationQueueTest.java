package io.switchboard.forum.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.account.Account;
import io.switchboard.core.account.AccountRepository;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.moderation.ModerationDesk;
import io.switchboard.core.moderation.ModerationItem;
import io.switchboard.core.moderation.QueueItem;
import io.switchboard.forum.support.ForumFixtures;
import io.switchboard.forum.topic.Post;
import io.switchboard.forum.topic.PostRepository;
import io.switchboard.forum.topic.PostStatus;
import io.switchboard.forum.topic.Posting;
import io.switchboard.forum.topic.TopicRepository;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

/** Forum flags and held posts in the moderation queue across channels, and actions on them through the gateway. */
@SpringBootTest
class ForumModerationQueueTest {

    @Autowired
    Posting posting;

    @Autowired
    Moderation moderation;

    @Autowired
    ModerationDesk desk;

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    PostRepository posts;

    @Autowired
    TopicRepository topics;

    @Autowired
    AccountRepository accounts;

    private QueueItem itemOf(Post post) {
        List<QueueItem> found = desk.queue(null, Channel.FORUM, PageRequest.of(0, 200)).getContent().stream()
                .filter(item -> item.messageId().equals(post.getId().toString()))
                .toList();
        assertThat(found).as("queue items of post " + post.getId()).hasSize(1);
        return found.get(0);
    }

    private Post flaggedPost(String reporter) {
        Account author = fixtures.member("author");
        posting.startTopic(author.getUsername(), "market-talk", "Hello", "first post", "", null);
        Post post = posting.startTopic(author.getUsername(), "market-talk", "Free coins", "send 1 get 2", "", null);
        moderation.flag(fixtures.member(reporter).getUsername(), post.getId(), FlagReason.SCAM, "classic");
        return post;
    }

    @Test
    void aMembersFlagIsAQueueItemWithTheForumsActions() {
        Post post = flaggedPost("reporter");

        QueueItem item = itemOf(post);
        assertThat(item.conversationKey()).isEqualTo("topic:" + post.getTopic().getId());
        assertThat(item.memberName()).isEqualTo(post.getAuthor().getDisplayName());
        assertThat(item.excerpt()).isEqualTo("send 1 get 2");
        assertThat(item.reason()).isEqualTo("flagged as scam: classic");
        assertThat(item.flaggedBySource()).isEqualTo("member");
        assertThat(item.kind()).isEqualTo("flagged");
        assertThat(item.actions()).as("a visible post cannot be shown again")
                .containsExactly("hide", "delete", "ban", "lock", "silence");
    }

    @Test
    void hidingThroughTheQueueHidesThePostResolvesTheForumFlagAndHandlesTheItem() {
        Post post = flaggedPost("reporter");
        String moderator = fixtures.staff("mod", AccountRole.MODERATOR).getUsername();

        QueueItem after = desk.act(itemOf(post).id(), ModerationAction.HIDE, null, moderator);

        assertThat(after.status()).isEqualTo("handled");
        assertThat(after.handledBy()).isEqualTo(moderator);
        assertThat(after.steps()).singleElement().satisfies(step -> assertThat(step.outcome()).isEqualTo("done"));
        assertThat(posts.findById(post.getId())).get().extracting(Post::getStatus).isEqualTo(PostStatus.HIDDEN);
        assertThat(moderation.openFlags(0).content()).noneMatch(flag -> flag.postId() == post.getId());
    }

    @Test
    void aHeldPostIsAQueueItemAndApprovingItInTheForumHandlesIt() {
        Post held = posting.startTopic(fixtures.member("newcomer").getUsername(), "market-talk", "Great site",
                "visit <https://scam.example>", "", null);

        QueueItem item = itemOf(held);
        assertThat(item.kind()).isEqualTo("held");
        assertThat(item.flaggedBySource()).isEqualTo("rule");
        assertThat(item.flaggedBy()).isEqualTo(ModerationQueueFeed.HOLD_RULE);

        moderation.act("forum-mod", held.getId(), Moderation.PostAction.APPROVE, null);

        assertThat(itemOf(held).status()).isEqualTo(ModerationItem.Status.HANDLED.name().toLowerCase());
        assertThat(itemOf(held).handledBy()).isEqualTo("forum-mod");
    }

    @Test
    void silencingLocksAndBansGoToTheMembersAndTopicsOfThePost() {
        Post post = flaggedPost("reporter");
        long id = itemOf(post).id();

        desk.act(id, ModerationAction.LOCK, null, "mod");
        QueueItem silenced = desk.act(id, ModerationAction.SILENCE, Duration.ofHours(1), "mod");

        assertThat(topics.findById(post.getTopic().getId())).get().satisfies(topic -> assertThat(topic.isLocked()).isTrue());
        assertThat(accounts.findById(post.getAuthor().getId())).get()
                .satisfies(author -> assertThat(author.getSilencedUntil()).isNotNull());
        assertThat(silenced.steps()).extracting(QueueItem.Step::outcome).containsExactly("done", "done");
    }

    @Test
    void whatTheForumRefusesIsAFailedStepWithItsReasonAndChangesNothing() {
        Account staffAuthor = fixtures.staff("staffauthor", AccountRole.AGENT);
        Post byStaff = posting.startTopic(staffAuthor.getUsername(), "market-talk", "Hi", "official-ish", "", null);
        moderation.flag(fixtures.member("reporter").getUsername(), byStaff.getId(), FlagReason.ABUSE, "");
        long id = itemOf(byStaff).id();

        QueueItem noDuration = desk.act(id, ModerationAction.BAN, null, "mod");
        QueueItem staffBan = desk.act(id, ModerationAction.BAN, Duration.ofDays(1), "mod");

        assertThat(noDuration.steps().get(0).outcome()).isEqualTo("failed");
        assertThat(noDuration.steps().get(0).detail()).contains("give a duration");
        assertThat(staffBan.steps().get(1).detail()).startsWith("the platform refused: the forum refused to ban: ");
        assertThat(staffBan.status()).isEqualTo("open");
        assertThat(accounts.findById(staffAuthor.getId())).get()
                .satisfies(author -> assertThat(author.getBannedUntil()).isNull());
    }
}
