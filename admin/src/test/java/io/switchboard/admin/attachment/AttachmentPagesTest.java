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

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.attachment.StoredAttachment;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.ticket.Ticket;
import java.util.List;
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

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    RequestWithFiles requests;

    private StoredAttachment screenshot;
    private StoredAttachment statement;

    @BeforeEach
    void files() {
        data.reset();
        RequestWithFiles.Files files = requests.files();
        screenshot = files.screenshot();
        statement = files.statement();
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
                .andExpect(content().bytes(RequestWithFiles.SCREENSHOT));
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
                .andExpect(content().bytes(RequestWithFiles.PDF));
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
        RequestWithFiles.Request request = requests.filed();
        SupportThread thread = request.thread();
        Ticket ticket = request.ticket();
        long imageId = request.files().screenshot().id();
        String image = "<a class=\"thumbnail\" href=\"/console/attachments/" + imageId + "\"";
        String thumbnail = "<img src=\"/console/attachments/" + imageId + "\" alt=\"Attached image\"";
        String download = "<a href=\"/console/attachments/" + request.files().statement().id()
                + "\" download>Download (application/pdf)</a>";

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
