package io.switchboard.admin.thread;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.channel.Channel;
import org.junit.jupiter.api.Test;

/** The links to a thread and its messages on their platforms, from the ids the connectors store. */
class PlatformLinksTest {

    @Test
    void telegramSupergroupMessagesLinkIntoTheGroupAndTheirTopic() {
        assertThat(PlatformLinks.message(Channel.TELEGRAM, "-1001234567890", "-1001234567890:51", null))
                .contains("https://t.me/c/1234567890/51");
        assertThat(PlatformLinks.message(Channel.TELEGRAM, "-1001234567890:7", "-1001234567890:51", null))
                .contains("https://t.me/c/1234567890/7/51");
        assertThat(PlatformLinks.conversation(Channel.TELEGRAM, "-1001234567890:7"))
                .contains("https://t.me/c/1234567890/7");
        assertThat(PlatformLinks.telegramTopicId("-1001234567890:7")).contains("7");
    }

    @Test
    void telegramPrivateChatsAndBasicGroupsHaveNoLinks() {
        assertThat(PlatformLinks.message(Channel.TELEGRAM, "7401", "7401:51", null)).isEmpty();
        assertThat(PlatformLinks.message(Channel.TELEGRAM, "-4001", "-4001:51", null)).isEmpty();
        assertThat(PlatformLinks.conversation(Channel.TELEGRAM, "-1001234567890")).isEmpty();
        assertThat(PlatformLinks.telegramTopicId("-1001234567890")).isEmpty();
    }

    @Test
    void tweetsLinkUnderTheAuthorsHandleWhenItIsKnown() {
        assertThat(PlatformLinks.message(Channel.TWITTER, "1800", "1801", "alice")).contains("https://x.com/alice/status/1801");
        assertThat(PlatformLinks.message(Channel.TWITTER, "1800", "1801", null)).contains("https://x.com/i/web/status/1801");
        assertThat(PlatformLinks.conversation(Channel.TWITTER, "1800")).contains("https://x.com/i/web/status/1800");
    }

    @Test
    void facebookPostsAndCommentsLinkButMessengerChatsDoNot() {
        assertThat(PlatformLinks.conversation(Channel.FACEBOOK, "post:111_222")).contains("https://www.facebook.com/111_222");
        assertThat(PlatformLinks.message(Channel.FACEBOOK, "post:111_222", "111_222", null))
                .contains("https://www.facebook.com/111_222");
        assertThat(PlatformLinks.message(Channel.FACEBOOK, "post:111_222", "222_333", null))
                .contains("https://www.facebook.com/111_222?comment_id=333");
        assertThat(PlatformLinks.conversation(Channel.FACEBOOK, "messenger:4455")).isEmpty();
        assertThat(PlatformLinks.message(Channel.FACEBOOK, "messenger:4455", "m_abc", null)).isEmpty();
    }

    @Test
    void forumPostsLinkToTheirPlaceInTheTopic() {
        assertThat(PlatformLinks.conversation(Channel.FORUM, "topic:12")).contains("/forum/t/12");
        assertThat(PlatformLinks.message(Channel.FORUM, "topic:12", "40", null)).contains("/forum/t/12#p40");
    }

    @Test
    void aMessageWithoutAPlatformIdHasNoLink() {
        assertThat(PlatformLinks.message(Channel.TWITTER, "1800", null, "alice")).isEmpty();
    }
}
