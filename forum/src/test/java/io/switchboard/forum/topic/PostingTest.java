package io.switchboard.forum.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.core.account.Account;
import io.switchboard.core.account.AccountRole;
import io.switchboard.forum.support.ForumFixtures;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The posting rules on the real schema (H2 in PostgreSQL mode, migrated by Flyway). */
@SpringBootTest
class PostingTest {

    @Autowired
    Posting posting;

    @Autowired
    ForumReads reads;

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    TopicRepository topicRepository;

    @Test
    void aTopicIsRenderedCleanedAndListedOnItsBoard() {
        Account alice = fixtures.member("alice");

        Post post = posting.startTopic(alice.getUsername(), "newcomers", "  Hello   world ",
                "**Hi** <script>alert(1)</script>", "intro, Hello", "en");

        assertThat(post.getBodyHtml()).isEqualTo("<p><strong>Hi</strong> </p>");
        assertThat(post.getTopic().getTitle()).isEqualTo("Hello world");
        assertThat(post.getTopic().getTags()).containsExactly("intro", "hello");
        assertThat(reads.topics("newcomers", 0, null).content())
                .anySatisfy(topic -> assertThat(topic.id()).isEqualTo(post.getTopic().getId()));
    }

    @Test
    void emptyAndTooLongPostsAreRejected() {
        String alice = fixtures.member("alice").getUsername();

        assertRefused(() -> posting.startTopic(alice, "newcomers", "title", "   ", "", null), "error.bodyEmpty");
        assertRefused(() -> posting.startTopic(alice, "newcomers", "title", "<script>x</script>", "", null),
                "error.bodyEmpty");
        assertRefused(() -> posting.startTopic(alice, "newcomers", " ", "body", "", null), "error.titleEmpty");
        assertRefused(() -> posting.startTopic(alice, "newcomers", "t".repeat(151), "body", "", null),
                "error.titleTooLong");
        assertRefused(() -> posting.startTopic(alice, "newcomers", "title", "b".repeat(20001), "", null),
                "error.bodyTooLong");
    }

    @Test
    void onlyStaffStartTopicsInAnnouncements() {
        String member = fixtures.member("bob").getUsername();
        String moderator = fixtures.staff("mod", AccountRole.MODERATOR).getUsername();

        assertRefused(() -> posting.startTopic(member, "announcements", "Listing", "New coin", "", null),
                "error.staffOnlyBoard");
        assertThat(posting.startTopic(moderator, "announcements", "Listing", "New coin", "", null).isVisible())
                .isTrue();
    }

    @Test
    void aNewMembersFirstPostWithALinkIsHeldAndOnlyTheyCanSeeIt() {
        Account newcomer = fixtures.member("new");
        Post held = posting.startTopic(newcomer.getUsername(), "market-talk", "Great site",
                "visit <https://scam.example>", "", null);

        assertThat(held.getStatus()).isEqualTo(PostStatus.HELD);
        long topicId = held.getTopic().getId();
        assertThatThrownBy(() -> reads.topic(topicId, 0, null, Locale.ENGLISH, null)).isInstanceOf(ForumRefusal.class);
        assertThat(reads.topic(topicId, 0, newcomer.getUsername(), Locale.ENGLISH, null).posts().content())
                .singleElement().extracting(Views.PostView::status).isEqualTo("HELD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"send your seed phrase to https://novaex-verify.example/claim now",
"visit <https://scam.example>", "[support](https://scam.example)", "claim it at www.novaex-verify.example"})
    void aNewMembersFirstPostWithAnyKindOfLinkIsHeld(String body) {
        Account newcomer = fixtures.member("new");

        Post post = posting.startTopic(newcomer.getUsername(), "market-talk", "Airdrop", body, "", null);

        assertThat(post.getStatus()).isEqualTo(PostStatus.HELD);
    }

    @Test
    void aMemberWithAVisiblePostMayPostLinks() {
        Account member = fixtures.member("known");
        posting.startTopic(member.getUsername(), "market-talk", "First", "no link here", "", null);

        Post second = posting.startTopic(member.getUsername(), "market-talk", "Second", "[chart](https://x.example)",
                "", null);

        assertThat(second.isVisible()).isTrue();
        assertThat(second.getBodyHtml()).contains("rel=\"nofollow noopener\"");
    }

    @Test
    void aReplyQuotesAnotherPostOfTheTopicAndCountsAsAReply() {
        Account asker = fixtures.member("asker");
        Account helper = fixtures.member("helper");
        Post opening = posting.startTopic(asker.getUsername(), "trading-tips", "Stop loss?", "Where do I set it?", "",
                null);

        Post reply = posting.reply(helper.getUsername(), opening.getTopic().getId(), "In the order form.",
                opening.getId(), null);

        assertThat(reply.getBodyMarkdown()).startsWith("> **" + asker.getDisplayName() + "**:\n> Where do I set it?");
        assertThat(reply.getBodyHtml()).contains("<blockquote>").contains("In the order form.");
        assertThat(reads.summary(opening.getTopic().getId(), null).replies()).isEqualTo(1);
    }

    @Test
    void onlyTheAskerOrStaffAcceptsAnAnswer() {
        Account asker = fixtures.member("asker");
        Account other = fixtures.member("other");
        Post opening = posting.startTopic(asker.getUsername(), "trading-tips", "Fees?", "What are the fees?", "",
                null);
        Post answer = posting.reply(other.getUsername(), opening.getTopic().getId(), "0.1%", null, null);

        assertRefused(() -> posting.accept(other.getUsername(), answer.getId()), "error.onlyAskerAccepts");
        Topic solved = posting.accept(asker.getUsername(), answer.getId());

        assertThat(solved.isSolved()).isTrue();
        assertThat(solved.getAcceptedPostId()).isEqualTo(answer.getId());
    }

    @Test
    void lockedTopicsTakeRepliesOnlyFromModerators() {
        Account asker = fixtures.member("asker");
        Post opening = posting.startTopic(asker.getUsername(), "trading-tips", "Locked", "text", "", null);
        Topic topic = opening.getTopic();
        topic.setLocked(true);
        topicRepository.save(topic);

        assertRefused(() -> posting.reply(asker.getUsername(), topic.getId(), "me too", null, null),
                "error.topicLocked");
        String moderator = fixtures.staff("mod", AccountRole.MODERATOR).getUsername();
        assertThat(posting.reply(moderator, topic.getId(), "Locked for a reason.", null, null).isVisible()).isTrue();
    }

    @Test
    void silencedMembersCannotPost() {
        Account member = fixtures.member("loud");
        member.silence(Instant.now().plus(1, ChronoUnit.DAYS), "spam");
        fixtures.save(member);

        assertRefused(() -> posting.startTopic(member.getUsername(), "newcomers", "t", "b", "", null),
                "error.silenced");
    }

    private static void assertRefused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ForumRefusal.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo(messageKey));
    }
}
