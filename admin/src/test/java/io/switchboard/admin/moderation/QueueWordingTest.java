package io.switchboard.admin.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.moderation.QueueItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Why a platform did not take an action, and why the guard queued an item, as moderators read them. */
class QueueWordingTest {

    private static final Locale ZH = Locale.forLanguageTag("zh");

    private static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("console/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static QueueItem withReason(String reason, List<QueueItem.Step> steps) {
        return new QueueItem(1, "forum", "topic:1", "2", "3", "NovaEx Support Team", "Verify", "flagged", reason, "rule",
                "scam-guard", 1, "open", Instant.EPOCH, null, null, "hidden", 7L, List.of(), steps);
    }

    private static QueueItem withReason(String reason) {
        return withReason(reason, List.of());
    }

    /** Each detail worded by its index, and the guard's reason for a name under -1. */
    private static Map<Long, String> worded(Locale locale, String... details) {
        List<QueueItem.Step> steps = new ArrayList<>();
        for (int i = 0; i < details.length; i++) {
            steps.add(new QueueItem.Step(i, "ban", null, "mod", Instant.EPOCH, "failed", details[i]));
        }
        QueueItem item = withReason("scam guard name.staff on the member's name (decision 7)", steps);
        QueueWording wording = new QueueWording(source(), locale);
        Map<Long, String> all = new HashMap<>(wording.failures(List.of(item)));
        all.put(-1L, wording.reasons(List.of(item)).get(1L));
        return all;
    }

    @Test
    void theKnownFailuresOfEachSourceAreWordedInChineseAndUnknownOnesAreLeftAsTheyAre() {
        Map<Long, String> zh = worded(ZH,
                "forum offers no mute for messages of topic:12",
                "the platform refused: the forum cannot mute",
                "the platform refused: the forum bans members for a set time: give a duration",
                "the platform asked to wait 30 s, try again then: Too Many Requests: retry after 30",
                "Bad Request: not enough rights to restrict/unrestrict chat member",
                "the platform could not be reached or failed, try again: java.net.SocketTimeoutException: timeout",
                "the telegram connector is off",
                "something nobody foresaw");

        assertThat(zh).containsEntry(0L, "论坛 在此不支持“禁言”。")
                .containsEntry(1L, "论坛 在此不支持“禁言”。")
                .containsEntry(2L, "论坛只能限时“封禁”：请选择时长。")
                .containsEntry(3L, "平台要求等待 30 秒，请届时再试。")
                .containsEntry(4L, "机器人在该群组中权限不足：请将其设为可删除消息和限制成员的管理员。")
                .containsEntry(5L, "平台未及时响应，请重试。")
                .containsEntry(6L, "Telegram 连接器未开启。")
                .doesNotContainKey(7L)
                .containsEntry(-1L, "防诈骗守卫规则 name.staff，针对成员的名字（决定 #7）");
        assertThat(new QueueWording(source(), ZH).reasons(List.of(withReason(
                "held for approval: a new member's first post with a link")))).containsValue("待审核：新成员带链接的首帖");
    }

    @Test
    void andInEnglish() {
        assertThat(worded(Locale.ENGLISH, "the platform refused: the forum cannot mute"))
                .containsEntry(0L, "Forum does not offer “Mute” here.")
                .containsEntry(-1L, "Scam guard rule name.staff, on the name of the member (decision #7)");
    }

    @Test
    void membersFlagsAreWordedAndTheirOwnNoteIsKeptAsWritten() {
        List<QueueItem> items = List.of(
                new QueueItem(1, "forum", "topic:1", "2", "3", "Mallory", "Buy now", "flagged", "flagged as spam: 同一个链接发了三次, see https://x.example",
                        "member", "reader", 1, "open", Instant.EPOCH, null, null, "visible", null, List.of(), List.of()),
                new QueueItem(2, "forum", "topic:1", "4", "3", "Mallory", "Buy now", "flagged", "flagged as off-topic",
                        "member", "reader", 1, "open", Instant.EPOCH, null, null, "visible", null, List.of(), List.of()),
                new QueueItem(3, "telegram", "-100", "-100:7", "3", "Mallory", "Buy now", "flagged",
                        "reported with /report in NovaEx Traders", "member", "42", 1, "open", Instant.EPOCH, null, null,
                        "visible", null, List.of(), List.of()));

        assertThat(new QueueWording(source(), ZH).reasons(items))
                .containsEntry(1L, "成员举报：垃圾信息，备注：同一个链接发了三次, see https://x.example")
                .containsEntry(2L, "成员举报：偏离主题")
                .containsEntry(3L, "成员在 NovaEx Traders 中用 /report 举报");
        assertThat(new QueueWording(source(), Locale.ENGLISH).reasons(items))
                .containsEntry(1L, "Flagged by a member as spam: 同一个链接发了三次, see https://x.example")
                .containsEntry(2L, "Flagged by a member as off topic");
    }

    @Test
    void theQueuesRefusalsAreWordedInChineseAndEnglish() {
        QueueWording zh = new QueueWording(source(), ZH);
        assertThat(zh.refusal("forum does not offer mute for this item")).isEqualTo("论坛 在此不支持“禁言”。");
        assertThat(zh.refusal("telegram does not offer hide for this item (it offers nothing here: dismiss it once handled)"))
                .isEqualTo("Telegram 在此不支持“隐藏”，也不支持其他操作：处理完后请忽略该条目。");
        assertThat(zh.refusal("the telegram connector is off, so nothing can be moderated there"))
                .isEqualTo("Telegram 连接器未开启，无法在该渠道审核，未发送任何操作。");
        assertThat(zh.refusal("moderation queue item 12 is handled already")).isEqualTo("条目 #12 已处理。");
        assertThat(zh.refusal("something nobody foresaw")).isEqualTo("something nobody foresaw");
        assertThat(new QueueWording(source(), Locale.ENGLISH).refusal("the telegram connector is off, so nothing can be moderated there"))
                .isEqualTo("The Telegram connector is off, so nothing can be moderated there. Nothing was sent.");
    }
}
