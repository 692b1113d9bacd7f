package io.switchboard.admin.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static io.switchboard.admin.support.StaffApiTest.Credentials.staff;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.admin.support.FakeConnectorHealth;
import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.attachment.Attachments;
import io.switchboard.core.attachment.StoredAttachment;
import io.switchboard.core.attachment.UploadedFile;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.gateway.DeliveryReceipt;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.core.inbound.Attachment;
import io.switchboard.core.inbound.Author;
import io.switchboard.core.inbound.ChatRef;
import io.switchboard.core.inbound.InboundEvent;
import io.switchboard.core.inbound.InboundEventRepository;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.Screening;
import io.switchboard.core.json.StoredJson;
import io.switchboard.core.member.Member;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.reply.StaffReplies;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketStatus;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The e-mail channel as agents meet it in the console: a reply with files, the whole e-mail under what the
 * member wrote, screened mail, a bounced reply, and the channel beside the others.
 */
@StaffApiTest
@Import(EmailThreadPagesTest.EmailChannel.class)
class EmailThreadPagesTest {

    private static final String AGENT = "mail-agent";
    private static final String VISIBLE = "I still cannot log in after the reset.";
    private static final String WHOLE = VISIBLE + "\n\nAlice\n\nOn Mon, 1 Mar 2025, Support wrote:\n> Please reset your password.";

    /** The e-mail connector as the console sees it: it sends files. */
    @TestConfiguration
    static class EmailChannel {

        @Bean
        ChannelGateway fakeEmailGateway() {
            return new ChannelGateway() {
                @Override
                public Channel channel() {
                    return Channel.EMAIL;
                }

                @Override
                public DeliveryReceipt send(OutboundMessage message) {
                    throw new UnsupportedOperationException("the admin tests send no replies");
                }

                @Override
                public boolean sendsAttachments(String conversationKey) {
                    return true;
                }
            };
        }

        @Bean
        RecordingStaffReplies recordingStaffReplies() {
            return new RecordingStaffReplies();
        }
    }

    /** The router's side of a staff reply, as far as the console can tell: what it was asked to queue. */
    static class RecordingStaffReplies implements StaffReplies {

        record Reply(long threadId, String staff, String text, List<Attachment> files) {
        }

        final List<Reply> replies = new ArrayList<>();

        @Override
        public synchronized long reply(long threadId, String staffName, String text, List<Attachment> attachments) {
            replies.add(new Reply(threadId, staffName, text, attachments));
            return replies.size();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    SupportThreadRepository threads;

    @Autowired
    InboundEventRepository events;

    @Autowired
    RecordingStaffReplies replies;

    @Autowired
    Attachments attachments;

    @Autowired
    FakeConnectorHealth health;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper objectMapper;

    private SupportThread mail;
    private Ticket ticket;

    @BeforeEach
    void anEmailThread() throws Exception {
        data.reset();
        events.deleteAllInBatch();
        replies.replies.clear();
        Member alice = data.member(Channel.EMAIL, "alice@example.com", "Alice Chen", "alice@example.com", false);
        mail = threads.save(new SupportThread(Channel.EMAIL, "mail:m1@example.com", "alice@example.com",
                "Account appeal: locked out", true, alice, "en", TestData.T0));
        data.message(mail, Direction.IN, "m1@example.com", VISIBLE, null, TestData.T0);
        received("m1@example.com", VISIBLE, WHOLE, Screening.NONE);
        ticket = data.ticket(mail, "Locked out after a reset", TicketStatus.OPEN, TestData.T0);
    }

    @AfterEach
    void connectorsOff() {
        health.reset();
    }

    @Test
    void aReplyWithAPngGoesToTheMemberWithTheStoredFile() throws Exception {
        mvc.perform(multipart("/console/threads/{id}/replies", mail.getId())
                        .file(new MockMultipartFile("files", "screenshot.png", "image/png", png()))
                        .param("text", "Here is where to click.").with(agent()).with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(redirectedUrl("/console/threads/" + mail.getId()))
                .andExpect(flash().attribute("notice", "Reply queued: the conversation shows when it is delivered."));

        assertThat(replies.replies).hasSize(1);
        RecordingStaffReplies.Reply reply = replies.replies.get(0);
        assertThat(reply.text()).isEqualTo("Here is where to click.");
        assertThat(reply.staff()).isEqualTo(AGENT);
        assertThat(reply.files()).singleElement().satisfies(file -> {
            assertThat(file.kind()).isEqualTo("photo");
            assertThat(file.mimeType()).isEqualTo("image/png");
            long id = Attachments.idOf(file.fileId()).orElseThrow();
            assertThat(attachments.content(id)).hasValueSatisfying(stored ->
                    assertThat(stored.meta().filename()).isEqualTo("screenshot.png"));
            assertThat(jdbc.queryForObject("select uploaded_by from attachment where id = ?", String.class, id))
                    .isEqualTo(AGENT);
        });
    }

    @Test
    void aProgramNamedLikeAnImageIsRefusedWithTheReasonAndNothingIsQueuedOrKept() throws Exception {
        Integer filesBefore = jdbc.queryForObject("select count(*) from attachment", Integer.class);
        mvc.perform(multipart("/console/threads/{id}/replies", mail.getId())
                        .file(new MockMultipartFile("files", "screenshot.png", "image/png", png()))
                        .file(new MockMultipartFile("files", "invoice.png", "image/png", program()))
                        .param("text", "See the files.").with(agent()).with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(redirectedUrl("/console/threads/" + mail.getId()))
                .andExpect(flash().attribute("error", "“invoice.png” is not a PNG, JPEG or WebP image or a PDF file."))
                .andExpect(flash().attribute("draft", "See the files."));

        assertThat(replies.replies).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from attachment", Integer.class)).isEqualTo(filesBefore);
    }

    @Test
    void theThreadAndTicketPagesOfferFilesOnlyWhereTheChannelSendsThem() throws Exception {
        mvc.perform(get("/console/threads/{id}", mail.getId()).with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("<label for=\"reply-files\">Files for the member</label>")))
                .andExpect(content().string(containsString("type=\"file\" name=\"files\" multiple")))
                .andExpect(content().string(containsString("PNG, JPEG, WebP or PDF: at most 5 files of 5 MB each.")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(get("/console/tickets/{n}", ticket.getNumber()).with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(containsString("action=\"/console/threads/" + mail.getId() + "/replies\"")))
                .andExpect(content().string(containsString("发给用户的文件")));

        Member bob = data.member(Channel.TELEGRAM, "9002", "Bob Wang", "bobw", false);
        SupportThread telegram = data.thread(bob, "-100200300", ThreadStatus.OPEN, TestData.T0, TestData.T0);
        mvc.perform(get("/console/threads/{id}", telegram.getId()).with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString("id=\"reply-text\"")))
                .andExpect(content().string(not(containsString("type=\"file\""))));

        // Facebook's connector is on but sends no files: a file posted anyway is refused, nothing goes out.
        Member carol = data.member(Channel.FACEBOOK, "9003", "Carol Li", null, false);
        SupportThread facebook = data.thread(carol, "messenger:7001", ThreadStatus.ESCALATED, TestData.T0, TestData.T0);
        mvc.perform(get("/console/threads/{id}", facebook.getId()).with(agent()))
                .andExpect(content().string(not(containsString("type=\"file\""))));
        mvc.perform(multipart("/console/threads/{id}/replies", facebook.getId())
                        .file(new MockMultipartFile("files", "screenshot.png", "image/png", png()))
                        .param("text", "See the screenshot.").with(agent()).with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(flash().attribute("error",
                        "The Facebook channel cannot carry files: send the reply without them. Nothing was sent."));
        assertThat(replies.replies).isEmpty();
    }

    @Test
    void theStaffApiTakesAReplyWithFilesAsAForm() throws Exception {
        mvc.perform(multipart("/api/threads/{id}/replies", mail.getId())
                        .file(new MockMultipartFile("files", "screenshot.png", "image/png", png()))
                        .param("text", "Here is where to click.").with(staff()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.outboxId").value(1));
        mvc.perform(multipart("/api/threads/{id}/replies", mail.getId())
                        .file(new MockMultipartFile("files", "setup.png", "image/png", program()))
                        .param("text", "Run this.").with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("'setup.png' is not a PNG, JPEG, WebP or PDF file")));
        assertThat(replies.replies).extracting(RecordingStaffReplies.Reply::text).containsExactly("Here is where to click.");
        assertThat(replies.replies.get(0).files()).hasSize(1);
    }

    @Test
    void aReplyFromTheTicketPageGoesBackToIt() throws Exception {
        mvc.perform(multipart("/console/threads/{id}/replies", mail.getId()).param("text", "We unlocked it.")
                        .param("ticket", String.valueOf(ticket.getId())).with(agent()).with(csrf()))
                .andExpect(redirectedUrl("/console/tickets/" + ticket.getId()));
        assertThat(replies.replies).extracting(RecordingStaffReplies.Reply::text).containsExactly("We unlocked it.");
    }

    @Test
    void theWholeEmailIsCollapsedUnderWhatTheMemberWroteWithTheSubjectOnce() throws Exception {
        String page = mvc.perform(get("/console/threads/{id}", mail.getId()).with(agent())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(stringContainsInOrder("Subject", "Account appeal: locked out")))
                .andExpect(content().string(stringContainsInOrder(
                        "<p class=\"text\">" + VISIBLE + "</p>", "<summary>Whole e-mail</summary>",
                        "&gt; Please reset your password.")))
                .andReturn().getResponse().getContentAsString();
        // the quote is only in the whole e-mail, and the subject only in the thread's context, not on each message
        assertThat(page.split("Please reset your password", -1)).hasSize(2);
        assertThat(page.split("Account appeal: locked out", -1)).hasSize(2);

        mvc.perform(get("/console/tickets/{n}", ticket.getNumber()).with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(stringContainsInOrder(VISIBLE, "<summary>完整邮件</summary>",
                        "&gt; Please reset your password.")));
    }

    @Test
    void aSenderLinkedToAnAccountByAVerifiedAddressShowsThatAccount() throws Exception {
        long account = data.forumMember("alice_chen", "alice-password-1").getId();
        jdbc.update("update member set account_id = ? where id = ?", account, mail.getMember().getId());

        mvc.perform(get("/console/threads/{id}", mail.getId()).with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString("account alice_chen, by a verified e-mail address")));
        mvc.perform(get("/console/threads/{id}", mail.getId()).with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(containsString("账户 alice_chen（已验证的邮箱）")));
    }

    @Test
    void mailThatIsNeverAnsweredSaysWhyInThePagesLanguage() throws Exception {
        data.message(mail, Direction.IN, "ooo@example.com", "I am out of the office.", null, TestData.T0.plusSeconds(60));
        received("ooo@example.com", "I am out of the office.", "I am out of the office.",
                Screening.noAnswer("auto-submitted: auto-replied"));
        data.message(mail, Direction.IN, "odd@example.com", "Hello again.", null, TestData.T0.plusSeconds(90));
        received("odd@example.com", "Hello again.", "Hello again.", Screening.noAnswer("a reason of another connector"));

        mvc.perform(get("/console/threads/{id}", mail.getId()).with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(stringContainsInOrder(VISIBLE,
                        "not answered: an automatic mail (Auto-Submitted: auto-replied)", "I am out of the office.",
                        "not answered: a reason of another connector", "Hello again.")))
                .andExpect(content().string(not(stringContainsInOrder("not answered", VISIBLE))));
        mvc.perform(get("/console/threads/{id}", mail.getId()).with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(containsString("不自动回复：自动发送的邮件（Auto-Submitted: auto-replied）")));
    }

    @Test
    void anInlineImageOfTheMailAndTheAgentsFilesShowAsTheHelpCentersDo() throws Exception {
        List<Long> ids = attachments.storeAll(List.of(new UploadedFile("image001.png", png()),
                new UploadedFile("steps.png", png())), "alice@example.com").stream().map(StoredAttachment::id).toList();
        data.message(mail, Direction.IN, "m2@example.com", "Here is the error.",
                "[{\"kind\":\"photo\",\"fileId\":\"stored:" + ids.get(0) + "\",\"mimeType\":\"image/png\"}]",
                TestData.T0.plusSeconds(60));
        data.message(mail, Direction.OUT, null, "Follow these steps.",
                "[{\"kind\":\"photo\",\"fileId\":\"stored:" + ids.get(1) + "\",\"mimeType\":\"image/png\"}]",
                TestData.T0.plusSeconds(120));

        mvc.perform(get("/console/threads/{id}", mail.getId()).with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(stringContainsInOrder("Here is the error.", "Attachment: Photo",
                        "class=\"thumbnail\"", "src=\"/console/attachments/" + ids.get(0) + "\"",
                        "Follow these steps.", "Attachment: Photo", "src=\"/console/attachments/" + ids.get(1) + "\"")));
    }

    @Test
    void aBouncedReplySaysItWasNotDeliveredAndWhyAndTheDeliveryPageListsIt() throws Exception {
        ThreadMessage sent = data.message(mail, Direction.OUT, null, "Please try again now.", null,
                TestData.T0.plusSeconds(120));
        OutboxEntry entry = new OutboxEntry("staff:" + sent.getId(), new OutboundMessage(Channel.EMAIL,
                "alice@example.com", mail.getConversationKey(), "m1@example.com", sent.getText(), TextFormat.PLAIN),
                sent.getId(), sent.getCreatedAt());
        entry.markSent("abc.m1@support.example.com", TestData.T0.plusSeconds(121));
        entry.markFailed("bounced: 550 5.1.1 <alice@example.com>: mailbox unavailable");
        data.save(entry);

        mvc.perform(get("/console/threads/{id}", mail.getId()).with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(stringContainsInOrder("Please try again now.", "Failed",
                        "Not delivered: Bounced by the member&#39;s mail server: 550 5.1.1 &lt;alice@example.com&gt;: mailbox unavailable")));
        mvc.perform(get("/console/outbox").param("shown", "FAILED").with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(stringContainsInOrder("电子邮件", "Please try again now.",
                        "被用户的邮件服务器退回：550 5.1.1")));
    }

    @Test
    void theEmailChannelIsFilteredByAndItsConnectorHealthShown() throws Exception {
        health.report("email", Health.up().withDetail("lastSuccess", "2026-12-01T10:00:00Z").build());
        mvc.perform(get("/console/inbox").param("channel", "EMAIL").with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString("<option value=\"EMAIL\" selected=\"selected\">E-mail</option>")))
                .andExpect(content().string(containsString("Alice Chen")));
        mvc.perform(get("/console/dashboard").with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(stringContainsInOrder("data-connector=\"email\"", "E-mail", "Up",
                        "2026-12-01 10:00 UTC")));
    }

    /** The stored event of a received mail, as the intake stores it (the whole message as JSON). */
    private void received(String messageId, String visible, String whole, Screening screening) throws Exception {
        String raw = objectMapper.writeValueAsString(Map.of("messageId", messageId, "from", "alice@example.com",
                "subject", "Account appeal: locked out", "text", whole));
        InboundMessage message = new InboundMessage(Channel.EMAIL, messageId, messageId, mail.getConversationKey(),
                new ChatRef("alice@example.com", "Account appeal: locked out", "email"),
                new Author("alice@example.com", "Alice Chen", "alice@example.com", null), InboundKind.MESSAGE, visible,
                null, List.of(), TestData.T0, true, true, raw, Map.of(), null, screening);
        events.save(new InboundEvent(message, StoredJson.mapper(objectMapper).writeValueAsString(message), TestData.T0));
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** A Windows program renamed to look like an image. */
    private static byte[] program() {
        return "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
    }

    private static RequestPostProcessor agent() {
        return user(AGENT).roles("AGENT");
    }
}
