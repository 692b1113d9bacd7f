package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.flow.WebhookBurst.Update;
import io.switchboard.testing.ChildApplication;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.TelegramUpdates;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A burst as a crypto community's Telegram delivers one when something happens: mostly chatter in the groups
 * the bot is in, which it stores, threads and decides to stay silent on, and every {@value #QUESTION_EVERY}th
 * update a member's private question, which the knowledge base answers. Every update is work for the intake;
 * only the questions are work for the outbox, whose 30 replies a second (Telegram's bot limit) would otherwise
 * set the pace of a burst of thousands.
 *
 * <p>Each group's chatter comes from a few members who write several times, so a group is a conversation
 * with many events in one lane, and the groups spread over most of the lanes.
 */
final class ChatterBurst {

    static final int QUESTION_EVERY = 16;
    /** A prime: no group falls only on the updates that are questions. */
    static final int GROUPS = 47;
    static final int MEMBERS_PER_GROUP = 8;
    private static final long FIRST_PRIVATE_CHAT = 9_400_000_000L;
    private static final long FIRST_GROUP = -1_009_400_000_000L;
    private static final long FIRST_MEMBER = 9_500_000_000L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Update> updates = new ArrayList<>();
    private final Set<String> questionChats = new HashSet<>();

    ChatterBurst(int size) {
        for (long id = 1; id <= size; id++) {
            if (id % QUESTION_EVERY == 0) {
                long chat = FIRST_PRIVATE_CHAT + id;
                questionChats.add(String.valueOf(chat));
                updates.add(new Update(id, TelegramUpdates.privateText(id, id, chat, "en",
                        "How do I enable 2FA on my account?")));
            } else {
                long group = id % GROUPS;
                long member = FIRST_MEMBER + group * MEMBERS_PER_GROUP + (id / GROUPS) % MEMBERS_PER_GROUP;
                updates.add(new Update(id, TelegramUpdates.groupText(id, id, member, FIRST_GROUP - group,
                        "Morning all, the meetup photos from yesterday are great")));
            }
        }
    }

    List<Update> updates() {
        return updates;
    }

    int size() {
        return updates.size();
    }

    /** The private chats that asked a question: each expects one answer. */
    Set<String> questionChats() {
        return Set.copyOf(questionChats);
    }

    /**
     * Waits until no stored event waits to be decided, every question was answered and nothing is claimed and
     * unsent any more (the reply in flight at a kill). Gives up after a while, as a lost update is never decided:
     * the assertions that follow then name what is missing. {@code app} is any instance on the database.
     */
    void awaitDecidedAndAnswered(FakeTelegramServer telegram, ChildApplication app) {
        // the outbox sends at most 30 replies a second; the intake decides hundreds of events a second
        Duration within = Duration.ofSeconds(Math.max(120, questionChats.size() / 10 + size() / 50));
        try {
            await().atMost(within).pollInterval(Duration.ofMillis(500))
                    .until(() -> backlog(app) == 0 && WebhookBurst.repliesPerChat(telegram).keySet().containsAll(questionChats)
                            && pendingReplies(app) == 0);
        } catch (ConditionTimeoutException e) {
            // reported by the assertions
        }
    }

    /**
     * Once every instance stopped: every update is stored once and decided once (PROCESSED, one thread message),
     * and exactly the questions have a reply decided, one each; the groups' chatter none.
     */
    void assertStoredAndDecidedOnce(String database, String user) throws SQLException {
        Map<String, Long> stored = FlowTestSupport.countsPerKey(database, user,
                "select event_id, count(*) from inbound_event group by event_id");
        assertThat(stored).as("every update stored once").hasSize(size())
                .allSatisfy((id, count) -> assertThat(count).isOne());
        assertThat(FlowTestSupport.countsPerKey(database, user,
                "select status, count(*) from inbound_event group by status"))
                .as("every update decided, none left RECEIVED or FAILED")
                .containsExactly(Map.entry("PROCESSED", (long) size()));
        assertThat(FlowTestSupport.countsPerKey(database, user, "select e.event_id, count(m.id) from inbound_event e"
                + " left join thread_message m on m.channel = e.channel and m.direction = 'IN'"
                + " and m.external_id = e.message_id group by e.event_id"))
                .as("every update in its thread once: decided once").hasSize(size())
                .allSatisfy((id, count) -> assertThat(count).isOne());
        assertThat(FlowTestSupport.countsPerKey(database, user,
                "select chat_id, count(*) from outbox_entry group by chat_id"))
                .as("one reply decided per question, none to the chatter")
                .containsOnlyKeys(questionChats).allSatisfy((chat, count) -> assertThat(count).isOne());
    }

    /**
     * Once every instance stopped: in every conversation the messages went into their threads in the order the
     * events were stored, so each was decided after the ones stored before it.
     */
    void assertConversationsDecidedInOrder(String database, String user) throws SQLException {
        List<String[]> decided = FlowTestSupport.rows(database, user,
                "select e.conversation_key, m.id from inbound_event e join thread_message m on m.channel = e.channel"
                        + " and m.direction = 'IN' and m.external_id = e.message_id order by e.conversation_key, e.id");
        List<String> outOfOrder = new ArrayList<>();
        for (int i = 1; i < decided.size(); i++) {
            String[] before = decided.get(i - 1);
            String[] row = decided.get(i);
            if (row[0].equals(before[0]) && Long.parseLong(row[1]) < Long.parseLong(before[1])) {
                outOfOrder.add(row[0] + ": thread message " + row[1] + " after " + before[1]);
            }
        }
        assertThat(decided.stream().map(row -> row[0]).collect(Collectors.toSet()))
                .as("conversations").hasSize(GROUPS + questionChats.size());
        assertThat(outOfOrder).as("messages recorded before a message stored before them").isEmpty();
    }

    private static double backlog(ChildApplication app) throws Exception {
        return FlowTestSupport.metric(FlowTestSupport.scrape(app.port()), "switchboard_intake_backlog",
                "channel=\"telegram\"");
    }

    private static long pendingReplies(ChildApplication app) throws Exception {
        HttpResponse<String> page = FlowTestSupport.get(app.port(), "/api/outbox?status=PENDING", true);
        assertThat(page.statusCode()).isEqualTo(200);
        return JSON.readTree(page.body()).path("totalElements").asLong();
    }
}
