package io.switchboard.router.answer;

import io.switchboard.core.announcement.AnnouncementCategory;
import io.switchboard.core.announcement.AnnouncementContent;
import io.switchboard.core.announcement.AnnouncementText;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.core.ticket.TicketCategory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small hand-made articles and announcements for tests that need to know exactly what is indexed. */
final class TestKnowledge {

    private TestKnowledge() {
    }

    static ArticleContent article(String key, String enTitle, String enBody, String zhTitle, String zhBody,
            String... enPhrasings) {
        return new ArticleContent(key, TicketCategory.OTHER, List.of(), Map.of(
                "en", new ArticleText(enTitle, enBody, List.of(enPhrasings)),
                "zh", new ArticleText(zhTitle, zhBody, List.of())));
    }

    static AnnouncementContent maintenance(long id, String title, Instant published, Instant expires,
            Channel... channels) {
        return new AnnouncementContent(id, AnnouncementCategory.MAINTENANCE,
                Map.of("en", new AnnouncementText(title, title + ". Deposits and withdrawals resume after the upgrade."),
                        "zh", new AnnouncementText("钱包维护公告 #" + id, "钱包维护期间暂停充提。")),
                Set.of(channels), published, expires);
    }
}
