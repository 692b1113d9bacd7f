package io.switchboard.admin.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.account.AccountRole;
import io.switchboard.testing.browser.Browser;
import io.switchboard.testing.browser.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An agent opens a help center request's ticket in a real headless Chromium and sees the visitor's screenshot
 * as a thumbnail the browser really loaded (through the staff-only endpoint, past its sandboxing headers)
 * and the statement as a download. Screenshots in English and Chinese go to {@code admin/target/screenshots}.
 */
// The same context as ConsoleBrowserTest: the shared in-memory database holds the bootstrap admin.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "switchboard.admin.password=" + StaffApiTest.PASSWORD)
@ExtendWith(HeadlessChromium.class)
class AttachmentBrowserTest {

    @Autowired
    TestData data;

    @Autowired
    RequestWithFiles requests;

    /** Opened for each test by HeadlessChromium. */
    private Browser browser;

    @Test
    void anAgentSeesTheScreenshotAndTheStatementOfARequest() {
        data.reset();
        data.staff("files-agent", AccountRole.AGENT, "files-agent-pw-1");
        RequestWithFiles.Request request = requests.filed();
        String ticketPage = "/console/tickets/" + request.ticket().getNumber();

        browser.open(ticketPage + "?lang=en");
        browser.signIn("files-agent", "files-agent-pw-1");
        WebElement thumbnail = browser.find("ol.messages .thumbnail img");
        assertThat(loadedWidth(thumbnail)).as("the image loaded, at its real width").isEqualTo(320);
        assertThat(thumbnail.getSize().getWidth()).as("shown as a thumbnail").isLessThanOrEqualTo(240);
        assertThat(browser.find("ol.messages .attachments").getText())
                .contains("Attachment: Photo", "Attachment: Document", "Download (application/pdf)", "image/jpeg");
        // the screenshot shows the top of the page: a taller window reaches the messages
        browser.size(new Dimension(Browser.LAPTOP.getWidth(), 1100));
        browser.screenshot("console-ticket-attachments-laptop");

        browser.open("/console/threads/" + request.thread().getId() + "?lang=zh");
        assertThat(loadedWidth(browser.find("ol.messages .thumbnail img"))).isEqualTo(320);
        assertThat(browser.find("ol.messages .attachments").getText()).contains("附件：图片", "下载（application/pdf）");
        browser.size(Browser.PHONE);
        browser.screenshot("console-thread-attachments-phone-zh");
    }

    /** The width of the picture the browser decoded; 0 when the request for it failed or was refused. */
    private long loadedWidth(WebElement image) {
        return (Long) browser.driver.executeAsyncScript("""
                const image = arguments[0], done = arguments[arguments.length - 1];
                if (image.complete) { done(image.naturalWidth); } else {
                  image.addEventListener('load', () => done(image.naturalWidth));
                  image.addEventListener('error', () => done(0));
                }""", image);
    }
}
