package io.switchboard.admin.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.moderation.Flagger;
import io.switchboard.core.moderation.ModerationDesk;
import io.switchboard.core.moderation.ModerationFlag;
import io.switchboard.core.moderation.ModerationQueue;
import io.switchboard.core.moderation.QueueItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The moderation queue as every source uses it ({@link ModerationQueue}) and staff read it ({@link ModerationDesk}). */
@StaffApiTest
class ModerationQueueServiceTest {

    private static final String GROUP = "-1001500000001";

    @Autowired
    ModerationQueue queue;

    @Autowired
    ModerationDesk desk;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyQueue() {
        jdbc.update("delete from moderation_step");
        jdbc.update("delete from moderation_item");
    }

    private static ModerationFlag report(Channel channel, String messageId, Flagger by) {
        return new ModerationFlag(channel, GROUP, messageId, "4100009", "Support Team", "DM me your seed phrase",
                "reported by a member", by, false);
    }

    @Test
    void flaggingAWaitingMessageAgainCountsOnItsItemAndAfterItIsHandledOpensANewOne() {
        ModerationQueue.Flagged first = queue.flag(report(Channel.TELEGRAM, GROUP + ":42", Flagger.member("1")));
        ModerationQueue.Flagged second = queue.flag(report(Channel.TELEGRAM, GROUP + ":42", Flagger.rule("scam-guard")));

        assertThat(first.effect()).isEqualTo(ModerationQueue.Effect.OPENED);
        assertThat(second).isEqualTo(new ModerationQueue.Flagged(first.itemId(), ModerationQueue.Effect.COUNTED));
        QueueItem item = desk.item(first.itemId());
        assertThat(item.flagCount()).isEqualTo(2);
        assertThat(item.flaggedBy()).as("the first flagger stays on the item").isEqualTo("1");

        desk.dismiss(first.itemId(), "mod");
        ModerationQueue.Flagged later = queue.flag(report(Channel.TELEGRAM, GROUP + ":42", Flagger.member("2")));
        assertThat(later.effect()).isEqualTo(ModerationQueue.Effect.OPENED);
        assertThat(later.itemId()).isNotEqualTo(first.itemId());
    }

    @Test
    void handledWhereItLivesClosesOnlyThatChannelsOpenItemsOfTheMessage() {
        long forum = queue.flag(report(Channel.FORUM, "42", Flagger.member("alice"))).itemId();
        long telegram = queue.flag(report(Channel.TELEGRAM, "42", Flagger.member("1"))).itemId();

        queue.handled(Channel.FORUM, "42", "forum-mod");
        queue.handled(Channel.FORUM, "43", "forum-mod");

        assertThat(desk.item(forum).status()).isEqualTo("handled");
        assertThat(desk.item(forum).handledBy()).isEqualTo("forum-mod");
        assertThat(desk.item(telegram).status()).isEqualTo("open");
    }

    @Test
    void longTextsAreCutForTheQueueAndAFlagNeedsAReason() {
        String longText = "x".repeat(2000);
        long id = queue.flag(new ModerationFlag(Channel.TELEGRAM, GROUP, GROUP + ":7", null, null, longText,
                "spam " + longText, Flagger.rule("scam-guard"), true)).itemId();

        QueueItem item = desk.item(id);
        assertThat(item.excerpt()).hasSize(500).endsWith("…");
        assertThat(item.reason()).hasSize(500).startsWith("spam x");
        assertThat(item.kind()).isEqualTo("held");
        assertThatThrownBy(() -> report(Channel.TELEGRAM, GROUP + ":8", Flagger.member(" ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a flagger needs an id");
        assertThatThrownBy(() -> new ModerationFlag(Channel.TELEGRAM, GROUP, GROUP + ":8", null, null, null, " ",
                Flagger.member("1"), false)).isInstanceOf(IllegalArgumentException.class).hasMessage("a flag needs a reason");
    }
}
