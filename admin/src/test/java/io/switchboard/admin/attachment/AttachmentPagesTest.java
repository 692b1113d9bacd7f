package io.switchboard.admin.attachment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.attachment.Attachments;
import io.switchboard.core.attachment.StoredAttachment;
import io.switchboard.core.attachment.UploadedFile;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.Attachment;
import io.switchboard.core.member.Member;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketStatus;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Files users attached, as staff meet them: thumbnails and download links on the thread and ticket pages,
 * and the files themselves served to staff only, in a way no browser runs anything in them.
 */
@StaffApiTest
class AttachmentPagesTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    Attachments attachments;

    @Autowired
    ObjectMapper json;

    private byte[] png;
    private StoredAttachment screenshot;
    private StoredAttachment statement;

    @BeforeEach
    void files() throws Exception {
        data.reset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        png = out.toByteArray();
        List<StoredAttachment> stored = attachments.storeAll(List.of(new UploadedFile("deposit.png", png),
                new UploadedFile("银行流水.pdf", PDF)), "visitor@example.com");
        screenshot = stored.get(0);
        statement = stored.get(1);
    }

    @Test
    void anAgentGetsAnImageInlineAsItsRealTypeWithNothingToRun() throws Exception {
        mvc.perform(get("/console/attachments/{id}", screenshot.id()).with(agent()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "image/png"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        stringContainsInOrder("inline;", "filename*=UTF-8''deposit.png")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", containsString("sandbox")))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")))
                .andExpect(content().bytes(png));
    }

    @Test
    void aPdfIsADownloadUnderItsCleanedName() throws Exception {
        mvc.perform(get("/console/attachments/{id}", statement.id()).with(agent()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, stringContainsInOrder("attachment;",
                        "filename*=UTF-8''%E9%93%B6%E8%A1%8C%E6%B5%81%E6%B0%B4.pdf")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", containsString("sandbox")))
                .andExpect(content().bytes(PDF));
    }

    @Test
    void aMemberIsRefusedAndAnAnonymousVisitorSentToSignIn() throws Exception {
        mvc.perform(get("/console/attachments/{id}", screenshot.id()).with(user("forum-member").roles("MEMBER")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("PNG"))));
        mvc.perform(get("/console/attachments/{id}", screenshot.id()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("**/console/login"));
    }

    @Test
    void anUnknownFileIsNotFound() throws Exception {
        mvc.perform(get("/console/attachments/{id}", statement.id() + 1000).with(agent()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/attachments/not-a-number").with(agent()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theThreadAndTicketPagesShowImagesAsThumbnailsAndOtherFilesAsDownloads() throws Exception {
        Member member = data.member(Channel.WEB, "visitor@example.com", "Visitor", null, false);
        SupportThread thread = data.thread(member, "request:1", ThreadStatus.ESCALATED, TestData.T0, TestData.T0);
        data.message(thread, Direction.IN, "request:1:1", "My deposit has not arrived, screenshot attached",
                json.writeValueAsString(List.of(screenshot.reference(), statement.reference(),
                        new Attachment("photo", "AgADplatformfile", "image/jpeg"))), TestData.T0);
        Ticket ticket = data.ticket(thread, "Deposit missing", TicketStatus.OPEN, TestData.T0);
        String image = "<a class=\"thumbnail\" href=\"/console/attachments/" + screenshot.id() + "\"";
        String thumbnail = "<img src=\"/console/attachments/" + screenshot.id() + "\" alt=\"Attached image\"";
        String download = "<a href=\"/console/attachments/" + statement.id() + "\" download>Download (application/pdf)</a>";

        for (String page : List.of("/console/threads/" + thread.getId(), "/console/tickets/" + ticket.getNumber())) {
            mvc.perform(get(page).with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(stringContainsInOrder("Attachment: Photo", image, thumbnail,
                            "Attachment: Document", download,
                            // a platform's file stays with the platform: its type only
                            "Attachment: Photo", "image/jpeg")))
                    .andExpect(content().string(not(containsString("/console/attachments/AgAD"))));
        }
        mvc.perform(get("/console/tickets/" + ticket.getNumber()).with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(containsString("下载（application/pdf）")));
    }

    private static RequestPostProcessor agent() {
        return user("attachments-agent").roles("AGENT");
    }
}
