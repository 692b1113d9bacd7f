package io.switchboard.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.announcement.AnnouncementCategory;
import io.switchboard.core.announcement.AnnouncementText;
import io.switchboard.core.gateway.Broadcast;
import java.util.List;
import org.junit.jupiter.api.Test;

class BroadcastHtmlTest {

    @Test
    void everyLanguageIsATitleInBoldOverItsTextThenTheLink() {
        Broadcast broadcast = new Broadcast(1, AnnouncementCategory.MAINTENANCE, List.of(
                new AnnouncementText("Maintenance", "Tonight 02:00 UTC."),
                new AnnouncementText("维护", "今晚 02:00 UTC。")), "https://community.example.com/forum/t/3");

        assertThat(BroadcastHtml.of(broadcast)).isEqualTo("""
                <b>Maintenance</b>
                Tonight 02:00 UTC.

                <b>维护</b>
                今晚 02:00 UTC。

                <a href="https://community.example.com/forum/t/3">https://community.example.com/forum/t/3</a>""");
    }

    @Test
    void markupStaffWroteIsShownAsWrittenAndCannotBreakOutOfTheLink() {
        Broadcast broadcast = new Broadcast(1, AnnouncementCategory.RISK_WARNING, List.of(
                new AnnouncementText("<script>alert(1)</script> & co", "Use <b> only in <i>jest</i>.")),
                "https://x.example/?a=1&b=\"2\"");

        assertThat(BroadcastHtml.of(broadcast))
                .startsWith("<b>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</b>\nUse &lt;b&gt; only in &lt;i&gt;jest&lt;/i&gt;.")
                .endsWith("<a href=\"https://x.example/?a=1&amp;b=&quot;2&quot;\">https://x.example/?a=1&amp;b=\"2\"</a>");
    }
}
