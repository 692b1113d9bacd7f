package io.switchboard.helpcenter.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.core.account.Account;
import io.switchboard.core.account.AccountAddresses;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.gateway.DeliveryReceipt;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxRepository;
import io.switchboard.core.ticket.MemberTicketActions;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketChange;
import io.switchboard.core.ticket.TicketStatus;
import io.switchboard.core.ticket.TicketWorkflow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The help center's mail once the e-mail channel exists: a visitor's link, an agent's reply and "solved" are
 * outbox entries of channel EMAIL in the requester's language, each written once, and the links that waited
 * for the channel are moved to the outbox once; a member verifies an address with a one-time link and is written
 * to there. (Without the channel the link waits: {@code RequestPagesTest}.)
 */
@SpringBootTest(properties = "switchboard.helpcenter.public-url=https://help.example.com")
@AutoConfigureMockMvc
class RequestMailTest {

    private static final Pattern TRACKING_LINK = Pattern.compile("https://help\\.example\\.com/help/track/(\\S+)");

    /** The e-mail channel as the help center sees it: a gateway of channel EMAIL. */
    @TestConfiguration
    static class WithEmailChannel {

        @Bean
        ChannelGateway emailGateway() {
            return new ChannelGateway() {
                @Override
                public Channel channel() {
                    return Channel.EMAIL;
                }

                @Override
                public DeliveryReceipt send(OutboundMessage message) {
                    throw new IllegalStateException("no outbox worker runs in the help center's tests");
                }
            };
        }
    }

    @Autowired
    RequestFiling filing;

    @Autowired
    RequestGateway gateway;

    @Autowired
    RequestMail mail;

    @Autowired
    WaitingMail waiting;

    @Autowired
    HelpRequests requests;

    @Autowired
    TrackingLinks links;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    TicketWorkflow workflow;

    @Autowired
    MemberTicketActions memberActions;

    @Autowired
    RequestFixtures fixtures;

    @Autowired
    AccountAddresses addresses;

    @Autowired
    MockMvc mvc;

    @Test
    void aVisitorGetsTheirTrackingLinkByMailInTheirLanguageAndNothingWaits() {
        String email = visitorAddress();
        long english = filing.file(draft("Cannot log in", email), List.of(), Requester.visitor(null, "en"),
                "10.38.0." + (email.hashCode() & 0x7f)).request().id();
        long chinese = filing.file(draft("无法登录", email), List.of(), Requester.visitor(null, "zh"),
                "10.38.1." + (email.hashCode() & 0x7f)).request().id();

        OutboxEntry mailed = onlyMail(english);
        assertThat(mailed.getDecisionKey()).isEqualTo("help-mail:link:" + english);
        assertThat(mailed.getChatId()).isEqualTo(email);
        assertThat(mailed.toMessage().subject()).as("no ticket yet: the request's subject").isEqualTo("Cannot log in");
        assertThat(mailed.toMessage().sender()).isEqualTo(Sender.BOT_NOTICE);
        assertThat(mailed.getText()).startsWith("We have received your request \"Cannot log in\"");
        assertThat(linkedRequest(mailed)).isEqualTo(english);
        assertThat(onlyMail(chinese).getText()).startsWith("我们已收到您的请求“无法登录”");
        assertThat(fixtures.count("help_waiting_mail where request_id in (" + english + ", " + chinese + ")"))
                .as("nothing waits when the channel is there").isZero();
    }

    @Test
    void anAgentsReplyIsMailedOnceWithItsTextAndAFreshLink() {
        HelpRequest request = visitorsRequest("zh");
        Ticket ticket = fixtures.ticketFor(request, "我的充值没有到账", null);

        gateway.send(new OutboundMessage(Channel.WEB, request.conversationKey(), request.conversationKey(), null,
                "请提供交易哈希（TXID）。", TextFormat.PLAIN, Sender.staff("dana")));
        gateway.send(new OutboundMessage(Channel.WEB, request.conversationKey(), request.conversationKey(), null,
                "Ticket T-1 was opened for you.", TextFormat.PLAIN, Sender.BOT_NOTICE));

        OutboxEntry mailed = onlyMail(request.id());
        assertThat(mailed.getDecisionKey()).startsWith("help-mail:reply:");
        assertThat(mailed.toMessage().subject()).isEqualTo("[" + ticket.getNumber() + "] " + request.subject());
        assertThat(mailed.getText()).startsWith("您的请求“" + request.subject() + "”有了新回复")
                .contains("请提供交易哈希（TXID）。");
        assertThat(linkedRequest(mailed)).as("a link the visitor can open").isEqualTo(request.id());
    }

    @Test
    void aMembersRequestGetsNoMailWithoutAnAddress() {
        HelpRequest request = fixtures.requestOf(fixtures.member(), "Futures margin question");
        fixtures.ticketFor(request, "How is margin computed?", null);

        gateway.send(new OutboundMessage(Channel.WEB, request.conversationKey(), request.conversationKey(), null,
                "See the margin article.", TextFormat.PLAIN, Sender.staff("dana")));

        assertThat(mails(request.id())).isEmpty();
    }

    @Test
    void eachResolutionIsMailedOnceAndASecondSaveIsNone() {
        HelpRequest request = visitorsRequest("en");
        Ticket ticket = fixtures.ticketFor(request, "My deposit has not arrived", null);
        TicketChange resolve = new TicketChange(TicketStatus.RESOLVED, null, null, null);

        workflow.change(ticket.getId(), resolve, "dana");
        workflow.change(ticket.getId(), resolve, "dana");

        OutboxEntry solved = onlyMail(request.id());
        assertThat(solved.getDecisionKey()).isEqualTo("help-mail:solved:" + request.id() + ":1");
        assertThat(solved.getText()).startsWith("Your request \"" + request.subject() + "\" is solved")
                .contains("within 7 days");
        assertThat(linkedRequest(solved)).isEqualTo(request.id());

        memberActions.reopen(ticket.getId(), Duration.ofDays(7));
        memberActions.solve(ticket.getId());
        assertThat(mails(request.id())).extracting(OutboxEntry::getDecisionKey).containsExactly(
                "help-mail:solved:" + request.id() + ":1", "help-mail:solved:" + request.id() + ":2");
    }

    @Test
    void theLinksThatWaitedAreMailedOnceAtTheFirstStartWithTheChannel() {
        HelpRequest request = visitorsRequest("en");
        Ticket ticket = fixtures.ticketFor(request, "Withdrawal pending", null);
        fixtures.inTx(() -> {
            waiting.add(request.id(), request.email(), "Your request: " + request.subject(),
                    "We have received your request. Follow it here: /help/track/1.2.3", Instant.now());
            return null;
        });

        mail.sendWaitingMail();
        mail.sendWaitingMail();

        OutboxEntry mailed = onlyMail(request.id());
        assertThat(mailed.getDecisionKey()).isEqualTo("help-mail:link:" + request.id());
        assertThat(mailed.getChatId()).isEqualTo(request.email());
        assertThat(mailed.toMessage().subject()).as("the ticket is known by now")
                .isEqualTo("[" + ticket.getNumber() + "] " + request.subject());
        assertThat(mailed.getText()).isEqualTo("We have received your request. Follow it here: /help/track/1.2.3");
        assertThat(fixtures.count("help_waiting_mail where request_id = " + request.id())).isZero();
    }

    @Test
    void aMemberVerifiesAnAddressWithAOneTimeLinkAndIsWrittenToThere() throws Exception {
        Account member = fixtures.member();
        String address = visitorAddress();
        mvc.perform(post("/help/my/address").param("address", "not an address").with(csrf())
                        .with(user(member.getUsername())).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("That is not an e-mail address.")));
        mvc.perform(post("/help/my/address").param("address", address.toUpperCase()).with(csrf())
                        .with(user(member.getUsername())).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(redirectedUrl("/help/my/requests?address=sent"));

        List<OutboxEntry> confirmations = outbox.findAll().stream()
                .filter(entry -> entry.getDecisionKey().startsWith("help-mail:address:")
                        && entry.getChatId().equalsIgnoreCase(address))
                .toList();
        assertThat(confirmations).hasSize(1);
        OutboxEntry confirmation = confirmations.get(0);
        assertThat(confirmation.toMessage().subject()).isEqualTo("确认您的电子邮箱");
        Matcher link = Pattern.compile("https://help\\.example\\.com(/help/address/confirm/(\\S+))")
                .matcher(confirmation.getText());
        assertThat(link.find()).isTrue();
        assertThat(fixtures.count("help_address_confirmation where token_sha256 like '%" + link.group(2) + "%'"))
                .as("only the link's hash is kept").isZero();
        assertThat(addresses.verifiedAccountOf(address)).as("not before the link is opened").isEmpty();

        mvc.perform(get(link.group(1)).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your e-mail address is confirmed")));
        mvc.perform(get(link.group(1)).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("was already used")));
        assertThat(addresses.verifiedAccountOf(address.toUpperCase())).contains(member.getId());
        mvc.perform(get("/help/my/requests").with(user(member.getUsername()))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString("We write to you at " + address)));

        HelpRequest request = fixtures.requestOf(member, "Futures margin question");
        fixtures.ticketFor(request, "How is margin computed?", null);
        gateway.send(new OutboundMessage(Channel.WEB, request.conversationKey(), request.conversationKey(), null,
                "See the margin article.", TextFormat.PLAIN, Sender.staff("dana")));
        OutboxEntry reply = onlyMail(request.id());
        assertThat(reply.getChatId()).isEqualTo(address);
        assertThat(reply.getText()).contains("See the margin article.")
                .contains("https://help.example.com/help/my/requests/" + request.id());
    }

    private static String visitorAddress() {
        return "v" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static RequestDraft draft(String subject, String email) {
        return new RequestDraft("account-security", subject, "The code is refused every time.", Map.of(), email,
                List.of(), null);
    }

    private HelpRequest visitorsRequest(String language) {
        String subject = "Request " + UUID.randomUUID().toString().substring(0, 8);
        return fixtures.inTx(() -> requests.add(null, visitorAddress(), TicketCategory.DEPOSIT_WITHDRAWAL, subject,
                language, Instant.now()));
    }

    private List<OutboxEntry> mails(long requestId) {
        return outbox.findAll().stream()
                .filter(entry -> entry.getConversationKey().equals(RequestMail.CONVERSATION_PREFIX + requestId))
                .peek(entry -> assertThat(entry.getChannel()).isEqualTo(Channel.EMAIL))
                .toList();
    }

    private OutboxEntry onlyMail(long requestId) {
        List<OutboxEntry> mails = mails(requestId);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    /** The request a mail's tracking link opens. */
    private long linkedRequest(OutboxEntry mail) {
        Matcher link = TRACKING_LINK.matcher(mail.getText());
        assertThat(link.find()).as("an absolute tracking link in " + mail.getText()).isTrue();
        return links.requestOf(link.group(1));
    }
}
