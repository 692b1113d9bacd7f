package io.switchboard.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.testing.browser.Browser;
import java.util.List;
import java.util.stream.StreamSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The console's live chat page ({@code /console/live}) as an agent signed in on it uses it. What the page does not
 * show (a chat's id, its visitor's key, its ticket) is read from the staff API's queue, as the admin.
 */
final class LiveChatPage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Browser console;
    private final int port;

    LiveChatPage(Browser console, int port) {
        this.console = console;
        this.port = port;
    }

    /** Waits until the stream feeding the page is open, so that what happens next shows without a reload. */
    void waitUntilLive() {
        BrowserWaits.until(() -> console.find("#live-status").getText().isEmpty(), "the console's stream is open");
    }

    /**
     * Waits until the page's queue lists {@code count} waiting chats, and answers them as the staff API does, in
     * the page's order.
     */
    List<JsonNode> waitForWaiting(int count) throws Exception {
        BrowserWaits.until(() -> waitingIds().size() == count, count + " chats in the page's queue");
        List<Long> onThePage = waitingIds();
        List<JsonNode> rows = StreamSupport.stream(queue().spliterator(), false)
                .filter(row -> "WAITING".equals(row.get("state").asText())).toList();
        return onThePage.stream().map(id -> rows.stream().filter(row -> row.get("id").asLong() == id).findFirst()
                .orElseThrow(() -> new AssertionError("chat " + id + " is on the page, not in the API's queue " + rows)))
                .toList();
    }

    /** For each waiting chat in the page's order, whether it shows the VIP badge. */
    List<Boolean> waitingBadges() {
        return console.driver.findElements(By.cssSelector("#live-waiting li[data-chat]")).stream()
                .map(item -> !item.findElements(By.cssSelector(".badge.vip")).isEmpty()).toList();
    }

    void open(long chat) {
        console.find("#live-waiting li[data-chat='" + chat + "'] a").click();
        BrowserWaits.until(() -> console.find("#live-chat").isDisplayed(), "chat " + chat + " is open");
    }

    /** The chat's lines as the page shows them, once they contain {@code part}. */
    String waitForFrames(String part) {
        BrowserWaits.until(() -> console.find("#live-frames").getText().contains(part), "the chat shows '" + part + "'");
        return console.find("#live-frames").getText();
    }

    void take() {
        console.find("#live-take").click();
        BrowserWaits.until(() -> !console.find("#live-take").isDisplayed(), "the chat is taken");
    }

    void reply(String text) {
        console.type("#reply-text", text);
        console.find("#live-reply button[type=submit]").click();
        BrowserWaits.until(() -> console.find("#reply-text").getDomProperty("value").isEmpty(), "the reply is sent");
    }

    void waitForTyping() {
        BrowserWaits.until(() -> console.find("#live-typing").isDisplayed(), "the page says the visitor is typing");
    }

    void closeResolved() {
        console.find("#live-resolve").click();
    }

    private List<Long> waitingIds() {
        return console.driver.findElements(By.cssSelector("#live-waiting li[data-chat]")).stream()
                .map((WebElement item) -> Long.parseLong(item.getDomAttribute("data-chat"))).toList();
    }

    private JsonNode queue() throws Exception {
        return JSON.readTree(FlowTestSupport.get(port, "/api/live-chats", true).body());
    }
}
