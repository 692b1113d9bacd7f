package io.switchboard.helpcenter.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.core.account.Account;
import io.switchboard.core.account.AccountAddresses;
import io.switchboard.core.callback.CallBackReason;
import io.switchboard.core.callback.CallBackRequest;
import io.switchboard.core.callback.CallBackRequestRepository;
import io.switchboard.core.callback.CallTime;
import io.switchboard.core.inbound.FiledRequest;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxRepository;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketPriority;
import io.switchboard.testing.RecordingInboundPort;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * "Request a call back": the contact page links to it; a member files it at once, a visitor when they open the link
 * mailed to the address they gave (once, within a day), as a help request whose ticket is URGENT for an account-security emergency and HIGH otherwise, in the reason's category,
 * with the number in E.164; the confirmation and the mail say which official number will call, with the trust
 * line; every bad field is refused with why, in zh and en, and nothing is stored.
 */
@SpringBootTest(properties = "switchboard.helpcenter.public-url=https://help.example.com")
@AutoConfigureMockMvc
@Import(RequestMailTest.WithEmailChannel.class)
class CallBackPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CallBackRequestRepository callBacks;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    RecordingInboundPort port;

    @Autowired
    RequestFixtures fixtures;

    @Autowired
    AccountAddresses addresses;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theContactPageLinksToTheForm() throws Exception {
        mvc.perform(get("/contact").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString("href=\"/contact/callback\">Request a call back</a>")));
        mvc.perform(get("/contact/callback").header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder("预约回电", "电话号码", "通话语言", "账户安全紧急情况",
                        "电子邮箱")));
    }

    @Test
    void aVisitorsCallBackWaitsForTheLinkMailedToThem() throws Exception {
        String email = address();
        long before = callBacks.count();
        mvc.perform(callBack("138-0013-8000", "zh", "EVENING", "SECURITY_EMERGENCY", email)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh").with(remote("10.44.0.1")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeCount(0))
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                        .isEqualTo("/contact/callback/sent"));
        mvc.perform(get("/contact/callback/sent").header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(containsString("请查收邮件并确认")))
                .andExpect(content().string(containsString("您确认之后我们才会回电")));
        mvc.perform(get("/contact/callback/sent").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString("We will only call after you confirm.")));
        assertThat(callBacks.count()).as("nothing filed before the link is opened").isEqualTo(before);
        assertThat(fixtures.count("help_request where email = '" + email + "'")).isZero();

        OutboxEntry confirmation = confirmationTo(email);
        assertThat(confirmation.toMessage().subject()).isEqualTo("确认您的回电预约");
        assertThat(confirmation.getText()).contains("+86 138 **** 8000", "晚上（18:00-21:00）", "您确认之后我们才会回电")
                .doesNotContain("0013");
        String link = link(confirmation);
        assertThat(fixtures.count("help_callback_confirmation where token_sha256 like '%"
                + link.substring(link.lastIndexOf('/') + 1) + "%'")).as("only the link's hash is kept").isZero();

        mvc.perform(get(link).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("确认：请给我回电")));
        assertThat(callBacks.count()).as("opening the link files nothing: mail scanners open links too")
                .isEqualTo(before);
        mvc.perform(post(link).header(HttpHeaders.ACCEPT_LANGUAGE, "zh")).andExpect(status().isForbidden());
        MvcResult filed = mvc.perform(post(link).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("filed"))
                .andReturn();
        RequestFiling.Filed shown = (RequestFiling.Filed) filed.getFlashMap().get("filed");
        HelpRequest request = shown.request();
        assertThat(filed.getResponse().getRedirectedUrl()).isEqualTo("/contact/callback/" + request.id() + "/filed");
        assertThat(request.email()).isEqualTo(email);
        assertThat(request.category()).isEqualTo(TicketCategory.ACCOUNT_SECURITY);

        CallBackRequest stored = callBacks.findByConversationKey(request.conversationKey()).orElseThrow();
        assertThat(stored.getPhone()).isEqualTo("+8613800138000");
        assertThat(stored.getPreferredTime()).isEqualTo(CallTime.EVENING);
        assertThat(stored.getReason()).isEqualTo(CallBackReason.SECURITY_EMERGENCY);

        FiledRequest handed = port.storedIn(request.conversationKey()).get(0).request();
        assertThat(handed.priority()).isEqualTo(TicketPriority.URGENT);
        assertThat(handed.subject()).isEqualTo("预约回电：账户安全紧急情况");
        assertThat(handed.fields()).as("reason, time and language are on the ticket's call-back panel, worded")
                .isEmpty();
        assertThat(port.storedIn(request.conversationKey()).get(0).text()).as("no number in what lists show")
                .doesNotContain("8000");

        mvc.perform(get(filed.getResponse().getRedirectedUrl()).flashAttr("filed", shown)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(stringContainsInOrder("我们只会用这个官方号码给您回电", "+86 400 123 4567",
                        "Support hotline (Mainland China)", "/verify")));

        OutboxEntry told = mails(request).stream()
                .filter(mail -> mail.getDecisionKey().equals("help-mail:callback:" + request.id())).findFirst().orElseThrow();
        assertThat(told.getChatId()).isEqualTo(email);
        assertThat(told.getText()).contains("+86 138 **** 8000", "晚上（18:00-21:00）", "+86 400 123 4567",
                "只信任", "/verify").doesNotContain("0013");
        assertThat(mails(request)).as("and the request's tracking link, as for any visitor's request")
                .anyMatch(mail -> mail.getDecisionKey().equals("help-mail:link:" + request.id()));

        mvc.perform(post(link).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("was already used or has expired")))
                .andExpect(content().string(containsString("Nothing was filed")));
        assertThat(callBacks.count()).as("the second opening files nothing").isEqualTo(before + 1);
    }

    @Test
    void anExpiredOrForgedLinkFilesNothing() throws Exception {
        String email = address();
        mvc.perform(callBack("+852 6123 4567", "en", "MORNING", "OTHER", email).with(remote("10.44.0.2")))
                .andExpect(status().is3xxRedirection());
        String link = link(confirmationTo(email));
        jdbc.update("update help_callback_confirmation set expires_at = ? where email = ?",
                Timestamp.from(Instant.now().minusSeconds(60)), email);
        long before = callBacks.count();
        mvc.perform(post(link).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("此确认链接无效、已被使用或已过期")));
        mvc.perform(post("/contact/callback/confirm/" + "A".repeat(43)).with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This link does not work")));
        assertThat(callBacks.count()).isEqualTo(before);
        assertThat(fixtures.count("help_request where email = '" + email + "'")).isZero();

        mvc.perform(callBack("+852 6123 4568", "en", "MORNING", "OTHER", address()).with(remote("10.44.0.12")))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.count("help_callback_confirmation where email = '" + email + "'"))
                .as("the expired draft, its number with it, is gone once the next visitor's call-back is held").isZero();
    }

    @Test
    void aMembersFrozenAccountIsHighAndAnEnglishLineCallsTheirHongKongNumber() throws Exception {
        Account member = fixtures.member();
        String email = address();
        fixtures.inTx(() -> addresses.verified(member.getId(), email, Instant.now()));
        MvcResult filed = mvc.perform(callBack("+852 6123 4567", "en", "MORNING", "FROZEN_ACCOUNT", null)
                        .with(user(member.getUsername())).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().is3xxRedirection()).andReturn();
        HelpRequest request = ((RequestFiling.Filed) filed.getFlashMap().get("filed")).request();
        assertThat(request.accountId()).isEqualTo(member.getId());
        FiledRequest handed = port.storedIn(request.conversationKey()).get(0).request();
        assertThat(handed.priority()).isEqualTo(TicketPriority.HIGH);
        assertThat(handed.category()).isEqualTo(TicketCategory.ACCOUNT_SECURITY);
        assertThat(callBacks.findByConversationKey(request.conversationKey()).orElseThrow().getPhone())
                .isEqualTo("+85261234567");
        OutboxEntry told = mails(request).get(0);
        assertThat(told.getChatId()).isEqualTo(email);
        assertThat(told.getText()).contains("+852 **** 4567", "Morning (09:00-12:00)",
                "We will call you from +852 3001 2345 (Support hotline (Hong Kong))", "Mon-Fri 09:00-21:00 HKT",
                "Only trust channels listed at", "/verify");
    }

    @Test
    void everyBadFieldIsRefusedWithWhyAndNothingIsStored() throws Exception {
        long before = callBacks.count();
        mvc.perform(callBack("call me maybe", "fr", "NOON", "", "not-an-address", " ").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("That is not a phone number we can call")))
                .andExpect(content().string(containsString("Choose the language for the call: Chinese or English.")))
                .andExpect(content().string(containsString("Choose when to call.")))
                .andExpect(content().string(containsString("Choose why you need a call.")))
                .andExpect(content().string(containsString("Description is required.")))
                .andExpect(content().string(containsString("That is not an e-mail address.")))
                .andExpect(content().string(containsString("data-field=\"phone\"")))
                .andExpect(content().string(containsString("value=\"call me maybe\"")));
        mvc.perform(callBack("+86 123", "zh", "EVENING", "OTHER", address()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("这不是我们可以拨打的电话号码")));
        mvc.perform(callBack("", "en", "EVENING", "OTHER", address()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Phone number is required.")));
        mvc.perform(callBack("13800138000", "en", "EVENING", "OTHER", address(), "x".repeat(1001)).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Description is too long: at most 1,000 characters.")));
        assertThat(callBacks.count()).isEqualTo(before);
    }

    @Test
    void aVisitorWithoutAnAddressIsRefusedAndTheFormNeedsItsToken() throws Exception {
        long before = callBacks.count();
        mvc.perform(callBack("13800138000", "zh", "EVENING", "OTHER", null).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Your e-mail address is required.")));
        mvc.perform(post("/contact/callback").param("phone", "13800138000").param("language", "zh")
                        .param("time", "EVENING").param("reason", "OTHER").param("description", "Please call")
                        .param("email", address()))
                .andExpect(status().isForbidden());
        assertThat(callBacks.count()).isEqualTo(before);
    }

    @Test
    void visitorsAreLimitedLikeAnyRequest() throws Exception {
        String email = address();
        for (int i = 0; i < 3; i++) {
            mvc.perform(callBack("13800138000", "en", "EVENING", "OTHER", email).with(remote("10.44.1." + i)))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(callBack("13800138000", "en", "EVENING", "OTHER", email).with(remote("10.44.1.9"))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Too many requests were sent from here.")))
                .andExpect(content().string(not(containsString("Request received"))));
    }

    private static MockHttpServletRequestBuilder callBack(String phone, String language, String time, String reason,
            String email) {
        return callBack(phone, language, time, reason, email, "Somebody changed my 2FA phone.");
    }

    private static MockHttpServletRequestBuilder callBack(String phone, String language, String time, String reason,
            String email, String description) {
        MockHttpServletRequestBuilder form = post("/contact/callback").with(csrf()).param("phone", phone)
                .param("language", language).param("time", time).param("reason", reason)
                .param("description", description);
        return email == null ? form : form.param("email", email);
    }

    private static RequestPostProcessor remote(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** The mail that carries a visitor's call-back link to {@code email}. */
    private OutboxEntry confirmationTo(String email) {
        return outbox.findAll().stream().filter(entry -> entry.getChatId().equals(email)
                && entry.getDecisionKey().startsWith("help-mail:callback-confirm:")).findFirst().orElseThrow();
    }

    /** The path of the link in a confirmation mail, which names the help center's public address. */
    private static String link(OutboxEntry confirmation) {
        Matcher link = Pattern.compile("https://help\\.example\\.com(/contact/callback/confirm/\\S+)")
                .matcher(confirmation.getText());
        assertThat(link.find()).as(confirmation.getText()).isTrue();
        return link.group(1);
    }

    private List<OutboxEntry> mails(HelpRequest request) {
        return outbox.findAll().stream()
                .filter(entry -> entry.getConversationKey().equals(RequestMail.CONVERSATION_PREFIX + request.id()))
                .toList();
    }

    private static String address() {
        return "cb" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
