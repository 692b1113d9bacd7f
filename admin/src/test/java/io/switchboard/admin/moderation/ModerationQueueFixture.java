package io.switchboard.admin.moderation;

import io.switchboard.admin.support.FakeFacebookGateway;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.moderation.Flagger;
import io.switchboard.core.moderation.ModerationFlag;
import io.switchboard.core.moderation.ModerationQueue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The set-up of the moderation queue's API and page tests: an empty queue, a Facebook that has done
 * nothing yet, and one page comment in the queue that the scam rule flagged.
 */
@Component
class ModerationQueueFixture {

    static final String POST = "post:1000000001_4000000004";
    static final String COMMENT = "4000000004_5000000005";
    static final String REASON = "looks like a giveaway scam";

    private final ModerationQueue queue;
    private final FakeFacebookGateway facebook;
    private final JdbcTemplate jdbc;

    ModerationQueueFixture(ModerationQueue queue, FakeFacebookGateway facebook, JdbcTemplate jdbc) {
        this.queue = queue;
        this.facebook = facebook;
        this.jdbc = jdbc;
    }

    /** Empties the queue and flags the comment, written by {@code memberName}; gives its item's id. */
    long flaggedComment(String memberName, String text) {
        jdbc.update("delete from moderation_step");
        jdbc.update("delete from moderation_item");
        jdbc.update("delete from guard_decision");
        facebook.reset();
        return queue.flag(new ModerationFlag(Channel.FACEBOOK, POST, COMMENT, "3000000003", memberName, text, REASON,
                Flagger.rule("scam-guard"), false)).itemId();
    }
}
