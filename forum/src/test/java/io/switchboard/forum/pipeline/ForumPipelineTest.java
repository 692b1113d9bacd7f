package io.switchboard.forum.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.switchboard.core.account.Account;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.member.Member;
import io.switchboard.core.member.MemberRepository;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketPriority;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketStatus;
import io.switchboard.forum.topic.Views;
import io.switchboard.forum.support.ForumFixtures;
import io.switchboard.forum.topic.ForumReads;
import io.switchboard.forum.topic.Post;
import io.switchboard.forum.topic.Posting;
import io.switchboard.forum.topic.Views.PostView;
import io.switchboard.testing.RecordingInboundPort;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The forum as a channel: what it hands to the pipeline, what the gateway posts, what accepting resolves. */
@SpringBootTest
class ForumPipelineTest {

    @Autowired
    Posting posting;

    @Autowired
    ForumReads reads;

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    RecordingInboundPort port;

    @Autowired
    ForumGateway gateway;

    @Autowired
    ForumIntake intake;

    @Autowired
    SupportStatus support;

    @Autowired
    MemberRepository members;

    @Autowired
    SupportThreadRepository threads;

    @Autowired
    TicketRepository tickets;

    @Test
    void aNewTopicInTheSupportBoardIsHandedInAsAPublicMessageThatAddressesTheBot() {
        Account asker = fixtures.member("asker");
        Post post = posting.startTopic(asker.getUsername(), "help", "Deposit missing", "My USDT deposit is not there",
                "", "zh");
        String key = "topic:" + post.getTopic().getId();

        assertThat(port.storedIn(key)).singleElement().satisfies(message -> {
            assertThat(message.channel()).isEqualTo(Channel.FORUM);
            assertThat(message.eventId()).isEqualTo("post:" + post.getId());
            assertThat(message.messageId()).isEqualTo(post.getId().toString());
            assertThat(message.chat().chatId()).isEqualTo(key);
            assertThat(message.chat().type()).isEqualTo("topic");
            assertThat(message.chat().title()).isEqualTo("Deposit missing");
            assertThat(message.author().platformId()).isEqualTo(asker.getId().toString());
            assertThat(message.author().handle()).isEqualTo(asker.getUsername());
            assertThat(message.author().language()).isEqualTo("zh");
            assertThat(message.kind()).isEqualTo(InboundKind.MESSAGE);
            assertThat(message.text()).isEqualTo("Deposit missing\n\nMy USDT deposit is not there");
            assertThat(message.privateChat()).isFalse();
            assertThat(message.addressesBot()).isTrue();
            assertThat(message.rawPayload()).contains("\"board\":\"help\"");
        });
    }

    @Test
    void aPostThePipelineMissedIsHandedInByTheSweepAndOnlyOnce() {
        Account asker = fixtures.member("unlucky");
        // The test classes share the database but not this port: the sweep looks at this test's posts only.
        Instant since = Instant.now().minusMillis(1);
        port.failNextAccept();
        Post post = posting.startTopic(asker.getUsername(), "help", "Withdrawal stuck",
                "My USDT withdrawal has been pending for hours", "", "en");
        String key = "topic:" + post.getTopic().getId();
        assertThat(port.storedIn(key)).as("the pipeline was down when the post was saved").isEmpty();
        assertThat(reads.topic(post.getTopic().getId(), 0, asker.getUsername(), Locale.ENGLISH, null).posts().content())
                .as("the post is there").hasSize(1);

        assertThat(intake.handInMissed(since, 500)).isEqualTo(1);

        assertThat(port.storedIn(key)).singleElement()
                .satisfies(message -> assertThat(message.eventId()).isEqualTo("post:" + post.getId()));
        assertThat(intake.handInMissed(since, 500)).isZero();
    }

    @Test
    void postsInEveryBoardAreHandedInForTheGuardAsChatterThatDoesNotAddressTheBot() {
        Account member = fixtures.member("chat");
        Post opening = posting.startTopic(member.getUsername(), "market-talk", "Free USDT",
                "Verify your wallet: send your seed phrase to our support", "", null);
        Post reply = posting.reply(fixtures.member("other").getUsername(), opening.getTopic().getId(), "wen moon",
                null, null);

        assertThat(port.storedIn("topic:" + opening.getTopic().getId()))
                .extracting(InboundMessage::messageId, InboundMessage::addressesBot, InboundMessage::privateChat)
                .containsExactly(tuple(opening.getId().toString(), false, false),
                        tuple(reply.getId().toString(), false, false));
    }

    @Test
    void staffsOwnPostsAreNotHandedIn() {
        Post post = posting.startTopic(fixtures.staff("mod", AccountRole.MODERATOR).getUsername(), "announcements",
                "Maintenance", "Deposits pause at 02:00", "", null);

        assertThat(port.storedIn("topic:" + post.getTopic().getId())).isEmpty();
    }

    @Test
    void inTheSupportBoardTheAskersFollowUpAndOthersQuestionsAddressTheBotAndOtherChatterDoesNot() {
        Account asker = fixtures.member("asker");
        Account other = fixtures.member("other");
        Post opening = posting.startTopic(asker.getUsername(), "help", "Withdrawal pending", "Pending for 2 hours",
                "", null);
        long topic = opening.getTopic().getId();

        Post followUp = posting.reply(asker.getUsername(), topic, "It is 3 hours now", null, null);
        Post chatter = posting.reply(other.getUsername(), topic, "Same here", null, null);
        Post question = posting.reply(other.getUsername(), topic, "Is the network congested?", null, null);

        assertThat(port.storedIn("topic:" + topic)).extracting(InboundMessage::messageId, InboundMessage::addressesBot)
                .containsExactly(tuple(opening.getId().toString(), true), tuple(followUp.getId().toString(), true),
                        tuple(chatter.getId().toString(), false), tuple(question.getId().toString(), true));
    }

    @Test
    void theGatewayPostsAsTheMarkedBotAccountAndReturnsThePostId() {
        Post opening = posting.startTopic(fixtures.member("asker").getUsername(), "help", "KYC", "KYC stuck", "",
                null);
        long topic = opening.getTopic().getId();
        int handedIn = port.stored().size();

        String id = gateway.send(new OutboundMessage(Channel.FORUM, "topic:" + topic, "topic:" + topic,
                opening.getId().toString(), "Please **wait** <script>x()</script>", TextFormat.PLAIN)).messageId();

        PostView bot = reads.topic(topic, 0, null, Locale.ENGLISH, null).posts().content().get(1);
        assertThat(bot.id()).isEqualTo(Long.parseLong(id));
        assertThat(bot.official()).isTrue();
        assertThat(bot.authorName()).isEqualTo("NovaEx Support");
        assertThat(bot.html()).isEqualTo("<p>Please <strong>wait</strong> </p>");
        assertThat(port.stored()).as("the bot's own post is not handed back in").hasSize(handedIn);
    }

    @Test
    void theGatewayRefusesForGoodWhatIsNotATopic() {
        assertThatThrownBy(() -> gateway.send(new OutboundMessage(Channel.FORUM, "x", "chat:1", null, "t", null)))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.PERMANENT));
        assertThatThrownBy(() -> gateway.send(new OutboundMessage(Channel.FORUM, "x", "topic:987654", null, "t", null)))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.PERMANENT));
    }

    @Test
    void theTopicShowsItsTicketAndAcceptingAnAnswerResolvesTicketAndThread() {
        Account asker = fixtures.member("asker");
        Post opening = posting.startTopic(asker.getUsername(), "help", "Account frozen", "Why is it frozen", "", null);
        long topic = opening.getTopic().getId();
        Instant now = Instant.now();
        Member member = members.save(new Member(Channel.FORUM, asker.getId().toString(), now));
        SupportThread thread = threads.save(new SupportThread(Channel.FORUM, "topic:" + topic, "topic:" + topic,
                "Account frozen", false, member, "en", now));
        thread.changeStatus(ThreadStatus.ESCALATED, now);
        threads.save(thread);
        Ticket ticket = tickets.save(new Ticket(thread, "Account frozen", TicketCategory.values()[0],
                TicketPriority.NORMAL, "no-confident-answer", now));
        assertThat(support.ticketOf(topic)).hasValue(new Views.SupportTicket(ticket.getNumber(), TicketStatus.NEW));

        String answer = gateway.send(new OutboundMessage(Channel.FORUM, "topic:" + topic, "topic:" + topic, null,
                "An agent unfroze it.", TextFormat.PLAIN, Sender.staff(fixtures.staff("agent", AccountRole.AGENT)
                        .getUsername()))).messageId();
        posting.accept(asker.getUsername(), Long.parseLong(answer));

        assertThat(tickets.findById(ticket.getId()).orElseThrow().getStatus()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(threads.findById(thread.getId()).orElseThrow().getStatus()).isEqualTo(ThreadStatus.CLOSED);
        assertThat(support.ticketOf(topic)).hasValue(new Views.SupportTicket(ticket.getNumber(),
                TicketStatus.RESOLVED));
    }
}
