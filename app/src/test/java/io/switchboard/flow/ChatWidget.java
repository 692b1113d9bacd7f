package io.switchboard.flow;

import io.switchboard.testing.browser.Browser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/**
 * The live chat widget on the demo page of a site that embeds it ({@code /chat/demo?lang=}), as a visitor uses it.
 * The widget lives in an open Shadow DOM root on the host element {@code [data-switchboard-chat]}: everything is
 * looked up in there, with CSS selectors (the only kind a shadow root answers).
 */
final class ChatWidget {

    /** What the header's "talk to a human" button sends, by the widget's language. */
    static final Map<String, String> HUMAN = Map.of("en", "Talk to a human", "zh", "转人工客服");

    private final Browser browser;

    private ChatWidget(Browser browser) {
        this.browser = browser;
    }

    /** Opens the demo page in {@code language}, then the chat, and waits until it is connected. */
    static ChatWidget open(Browser browser, String language) {
        return open(browser, language, "");
    }

    /**
     * The same with more of the demo page's parameters ({@code &transport=poll}: long polling only, as where a proxy
     * blocks WebSockets).
     */
    static ChatWidget open(Browser browser, String language, String more) {
        browser.open("/chat/demo?lang=" + language + more);
        ChatWidget widget = new ChatWidget(browser);
        BrowserWaits.until(() -> widget.root().findElement(By.cssSelector("button.launcher")).isDisplayed(),
                "the chat's button shows");
        widget.root().findElement(By.cssSelector("button.launcher")).click();
        BrowserWaits.until(() -> widget.root().findElement(By.cssSelector(".panel")).isDisplayed()
                && !widget.root().findElement(By.cssSelector(".status")).isDisplayed(), "the chat is open and connected");
        return widget;
    }

    /** Writes a message and sends it with Enter. */
    void say(String text) {
        type(text + Keys.ENTER);
    }

    /** Writes in the message box without sending. */
    void type(String text) {
        root().findElement(By.cssSelector("textarea")).sendKeys(text);
    }

    /** Presses the button of the chat's latest question labelled {@code label}. */
    void press(String label) {
        List<WebElement> buttons = root().findElements(By.cssSelector(".choices button"));
        buttons.stream().filter(button -> button.getText().equals(label)).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no button '" + label + "' among "
                        + buttons.stream().map(WebElement::getText).toList()))
                .click();
    }

    /** The header's "talk to a human" button. */
    void askForAPerson() {
        root().findElement(By.cssSelector("header button.human")).click();
    }

    /** Fills in and sends the e-mail form under the "no agent" line. */
    void leaveAddress(String address) {
        WebElement field = waitFor(".msg.system form.address input[type=email]");
        field.clear();
        field.sendKeys(address);
        root().findElement(By.cssSelector(".msg.system form.address button[type=submit]")).click();
    }

    /** Asks for the conversation by e-mail, with the header's envelope button and its form. */
    void askForTranscript(String address) {
        root().findElement(By.cssSelector("header button.mail")).click();
        WebElement field = waitFor(".transcript-slot form.address input[type=email]");
        field.clear();
        field.sendKeys(address);
        root().findElement(By.cssSelector(".transcript-slot form.address button[type=submit]")).click();
    }

    /** The first element at {@code css}, once there is one. */
    WebElement waitFor(String css) {
        return BrowserWaits.value(() -> root().findElements(By.cssSelector(css)).stream().findFirst(),
                "the chat shows " + css);
    }

    /** The text of the first element at {@code css} that contains {@code part}, once there is one. */
    String waitForText(String css, String part) {
        return BrowserWaits.value(() -> root().findElements(By.cssSelector(css)).stream().map(WebElement::getText)
                .filter(text -> text.contains(part)).findFirst(), "the chat shows '" + part + "' in " + css);
    }

    /** Who the server knows the visitor as ({@code a:<uuid>}): the session API answers the widget's stored token. */
    String visitorKey() {
        Object key = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = JSON.parse(localStorage.getItem('switchboard-chat:' + location.origin)).token;
                fetch('/api/chat/session', {method: 'POST', headers: {'Content-Type': 'application/json'},
                    body: JSON.stringify({token: token})})
                  .then(response => response.json()).then(session => done(session.visitor), error => done(null));
                """);
        return Optional.ofNullable((String) key).orElseThrow(() -> new AssertionError("the widget has no session"));
    }

    void shot(String name) {
        browser.screenshot(name);
    }

    private SearchContext root() {
        return browser.find("[data-switchboard-chat]").getShadowRoot();
    }
}
