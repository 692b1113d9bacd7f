package io.switchboard.router.threading;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.inbound.Attachment;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.account.Account;
import io.switchboard.core.account.AccountAddresses;
import io.switchboard.core.account.AccountRepository;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.member.Member;
import io.switchboard.core.member.MemberAccounts;
import io.switchboard.core.member.MemberRepository;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadMessageRepository;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.router.config.Rate;
import io.switchboard.router.config.RouterProperties;
import io.switchboard.router.json.JsonCodec;
import io.switchboard.router.testing.Messages;
import io.switchboard.testing.ShiftableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

@DataJpaTest(properties = "spring.datasource.url=jdbc:h2:mem:threading;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({AccountAddresses.class, MemberAccounts.class})
class ThreadingServiceTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @Autowired
    MemberRepository members;
    @Autowired
    SupportThreadRepository threads;
    @Autowired
    ThreadMessageRepository messages;
    @Autowired
    MemberAccounts memberAccounts;
    @Autowired
    AccountAddresses addresses;
    @Autowired
    AccountRepository accounts;

    private ThreadingService threading;

    @BeforeEach
    void setUp() {
        RouterProperties properties = new RouterProperties(Duration.ofHours(24), 0, 32, Duration.ofSeconds(1),
                Duration.ofMillis(250), 50, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofMinutes(2),
                Rate.valueOf("30/1s"), Rate.valueOf("1/1s"), Rate.valueOf("20/1m"), Duration.ofMillis(100), 4);
        threading = new ThreadingService(members, memberAccounts, threads, messages,
                new JsonCodec(Jackson2ObjectMapperBuilder.json().build()), properties, ShiftableClock.stoppedAt(T0));
    }

    @Test
    void aMailFromAnAddressAnAccountVerifiedIsThatAccountsAndCarriesItsVipStatusAndManager() {
        Account account = accounts.save(new Account("whale_vip", "Whale", "x", AccountRole.MEMBER,
                false, T0));
        Member forumMember = members.save(new Member(Channel.FORUM, account.getId().toString(), T0));
        forumMember.setVip(true, T0);
        forumMember.assignManager("vip_desk", T0);
        String address = "whale" + account.getId() + "@members.example";
        addresses.verified(account.getId(), address, T0);

        Member mailMember = threading.record(Messages.inPrivate(address, T0).channel(Channel.EMAIL).from(address)
                .text("please call me about my account").build()).member();

        assertThat(mailMember.getAccountId()).isEqualTo(account.getId());
        assertThat(mailMember.isVip()).as("a VIP writing by e-mail is a VIP there too").isTrue();
        assertThat(mailMember.getManager()).isEqualTo("vip_desk");

        Member stranger = threading.record(Messages.inPrivate("someone@members.example", T0).channel(Channel.EMAIL)
                .from("someone@members.example").text("hello").build()).member();
        assertThat(stranger.getAccountId()).as("an address nobody verified is nobody's account").isNull();
        assertThat(stranger.isVip()).isFalse();
    }

    @Test
    void messageWithinQuietPeriodJoinsTheThread() {
        String chat = Messages.newChatId();
        ThreadedMessage first = threading.record(Messages.inPrivate(chat, T0).text("my deposit is missing").build());
        ThreadedMessage second = threading.record(Messages.inPrivate(chat, T0.plus(Duration.ofHours(23)))
                .text("still missing").build());

        assertThat(second.thread().getId()).isEqualTo(first.thread().getId());
        assertThat(second.thread().getLastActivityAt()).isEqualTo(T0.plus(Duration.ofHours(23)));
        assertThat(messages.findByThreadOrderByCreatedAtAscIdAsc(first.thread()))
                .extracting(ThreadMessage::getText).containsExactly("my deposit is missing", "still missing");
    }

    @Test
    void messageAfterQuietPeriodOpensNewThread() {
        String chat = Messages.newChatId();
        ThreadedMessage first = threading.record(Messages.inPrivate(chat, T0).text("hello").build());
        ThreadedMessage later = threading.record(Messages.inPrivate(chat, T0.plus(Duration.ofHours(25)))
                .text("new question").build());

        assertThat(later.thread().getId()).isNotEqualTo(first.thread().getId());
        assertThat(later.thread().getOpenedAt()).isEqualTo(T0.plus(Duration.ofHours(25)));
    }

    @Test
    void messageAfterClosedThreadOpensNewThread() {
        String chat = Messages.newChatId();
        ThreadedMessage first = threading.record(Messages.inPrivate(chat, T0).text("question").build());
        first.thread().changeStatus(ThreadStatus.CLOSED, T0.plusSeconds(60));

        ThreadedMessage next = threading.record(Messages.inPrivate(chat, T0.plusSeconds(120)).text("one more").build());

        assertThat(next.thread().getId()).isNotEqualTo(first.thread().getId());
        assertThat(next.thread().getStatus()).isEqualTo(ThreadStatus.OPEN);
    }

    @Test
    void membersInOneGroupHaveThreadsOfTheirOwn() {
        String group = Messages.newChatId();
        ThreadedMessage alice = threading.record(Messages.inGroup(group, T0).from("alice").text("hi").build());
        ThreadedMessage bob = threading.record(Messages.inGroup(group, T0.plusSeconds(5)).from("bob").text("yo").build());

        assertThat(bob.thread().getId()).isNotEqualTo(alice.thread().getId());
        assertThat(alice.thread().isPrivateChat()).isFalse();
        assertThat(alice.thread().getChatTitle()).isEqualTo("Exchange Community " + group);
    }

    @Test
    void memberProfileIsRefreshedAndThreadTakesTheirLanguage() {
        String chat = Messages.newChatId();
        threading.record(Messages.inPrivate(chat, T0).language("en").text("hi").build());
        ThreadedMessage renamed = threading.record(Messages.inPrivate(chat, T0.plusSeconds(1)).language("zh-hans")
                .text("充值没到账").build());

        assertThat(members.findAll()).filteredOn(m -> m.getPlatformId().equals(chat)).singleElement()
                .satisfies(member -> assertThat(member.getLanguage()).isEqualTo("zh-hans"));
        assertThat(renamed.member().getLanguage()).isEqualTo("zh-hans");
    }

    @Test
    void storesTheMessageWithItsAttachmentsAsJson() {
        InboundMessage photo = Messages.inPrivate(Messages.newChatId(), T0).text("see screenshot")
                .attachment(new Attachment("photo", "AgACAgIAAxkBAAIB", "image/jpeg")).build();

        ThreadMessage stored = threading.record(photo).message();

        assertThat(stored.getDirection()).isEqualTo(Direction.IN);
        assertThat(stored.getExternalId()).isEqualTo(photo.messageId());
        assertThat(stored.getAttachments())
                .isEqualTo("[{\"kind\":\"photo\",\"fileId\":\"AgACAgIAAxkBAAIB\",\"mimeType\":\"image/jpeg\"}]");
    }

    @Test
    void editAndRemovalChangeTheStoredMessage() {
        String chat = Messages.newChatId();
        InboundMessage original = Messages.inPrivate(chat, T0).text("deposit missing").build();
        threading.record(original);

        assertThat(threading.edit(Messages.inPrivate(chat, T0.plusSeconds(30)).changing(original, InboundKind.EDIT)
                .text("USDT deposit missing").build())).get()
                .satisfies(threaded -> assertThat(threaded.thread().getConversationKey()).isEqualTo(chat));
        ThreadMessage edited = messages.findFirstByChannelAndDirectionAndExternalId(original.channel(), Direction.IN,
                original.messageId()).orElseThrow();
        assertThat(edited.getText()).isEqualTo("USDT deposit missing");
        assertThat(edited.getEditedAt()).isEqualTo(T0.plusSeconds(30));

        assertThat(threading.remove(Messages.inPrivate(chat, T0.plusSeconds(60))
                .changing(original, InboundKind.REMOVAL).build())).isTrue();
        assertThat(edited.isRemoved()).isTrue();
    }

    @Test
    void editOfUnknownMessageChangesNothing() {
        InboundMessage neverStored = Messages.inPrivate(Messages.newChatId(), T0).text("x").build();

        assertThat(threading.edit(Messages.inPrivate(neverStored.chat().chatId(), T0)
                .changing(neverStored, InboundKind.EDIT).text("y").build())).isEmpty();
        assertThat(messages.count()).isZero();
    }
}
